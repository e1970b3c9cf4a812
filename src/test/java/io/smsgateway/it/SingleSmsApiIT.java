package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The API-key dialect ({@code /send/single}, messages, opt-outs, short links) through HTTP on a real Payara Micro. */
class SingleSmsApiIT extends GatewayIntegrationTest {

    private static final String SEND = "send/single";
    private static final String AUTHENTICATION_ERROR = "{\"success\":false,\"error\":{\"name\":\"AuthenticationError\",\"statusCode\":403}}";

    private static String account;
    private static String key;

    @BeforeEach
    void prepare() {
        if (key == null) {
            int lra = fixtures.lra("API-key tests");
            account = fixtures.account("keyed", lra, "\"allowUrls\":true");
            key = fixtures.apiKey(account, "create:SingleSMS", "read:Message", "delete:Message", "read:Optout", "create:Optout",
                    "delete:Optout");
        }
    }

    private static String body(String recipient, String text, String extra) {
        return "{\"text\":\"" + text + "\",\"originator\":\"Acme\",\"recipient\":\"" + recipient + "\"" + (extra.isEmpty() ? "" : "," + extra) + "}";
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID();
    }

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static void assertValidationError(GatewayClient.Reply reply, String object) {
        assertEquals(400, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
        JsonObject json = reply.json();
        assertFalse(json.getBoolean("success"));
        assertEquals("ValidationError", json.getJsonObject("error").getString("name"));
        assertEquals(400, json.getJsonObject("error").getInt("statusCode"));
        assertEquals(object, json.getJsonObject("error").getString("object"), reply.toString());
    }

    private JsonObject message(String id) {
        GatewayClient.Reply reply = client.get("messages/" + id, key);
        assertEquals(200, reply.status(), reply.toString());
        assertTrue(reply.json().getBoolean("success"));
        return reply.json().getJsonObject("record");
    }

    private JsonObject awaitStatus(String id, String expected) {
        return Eventually.until("message " + id + " " + expected, () -> message(id), record -> record.getString("status").equals(expected));
    }

    @Test
    void theSeedsExampleRequestIsAnsweredInTheDialect() {
        // The example's recipient, 4479000000001, has eleven national digits: not a valid UK number.
        String seedBody = "{\"text\": \"test\", \"originator\": \"test\", \"recipient\": \"4479000000001\", \"reference\": \"ref\","
                + " \"shortenUrls\": false, \"excludeOptouts\": true}";
        assertValidationError(client.post(SEND, key, seedBody), "Invalid Recipient object");

        GatewayClient.Reply reply = client.post(SEND, key, seedBody.replace("4479000000001", "447900000001")
                .replace("\"text\": \"test\"", "\"text\": \"" + unique("test") + "\""));
        assertEquals(200, reply.status(), reply.toString());
        JsonObject json = reply.json();
        assertTrue(json.getBoolean("success"));
        JsonObject record = json.getJsonObject("record");
        UUID.fromString(record.getString("id"));
        assertEquals("SingleSMS", record.getString("type"));
        assertEquals(1, record.getInt("recipientCount"));
        Instant scheduled = Instant.parse(record.getString("scheduled"));
        assertTrue(Duration.between(scheduled, Instant.now()).abs().getSeconds() < 60, record.toString());
        assertTrue(record.getString("scheduled").matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d{1,3})?Z"), record.toString());

        JsonObject stored = message(record.getString("id"));
        assertEquals("+447900000001", stored.getString("recipient"));
        assertEquals("test", stored.getString("originator"));
        assertEquals("ref", stored.getString("reference"));
    }

    @Test
    void acceptedMessagesAreDeliveredWithTheirReference() {
        GatewayClient.Reply reply = client.post(SEND, key, body("+447900000002", unique("Hello"), "\"reference\":\"order-77\""));
        assertEquals(200, reply.status(), reply.toString());
        JsonObject delivered = awaitStatus(reply.json().getJsonObject("record").getString("id"), "DELIVERED");
        assertEquals("order-77", delivered.getString("reference"));
        assertEquals("GSM7", delivered.getString("encoding"));
    }

    @Test
    void missingFieldsAreNamedAsObjects() {
        assertValidationError(client.post(SEND, key, "{\"text\":\"hi\",\"recipient\":\"447900000003\"}"), "Missing Originator object");
        assertEquals("Missing Originator object", client.post(SEND, key, "{\"text\":\"hi\",\"recipient\":\"447900000003\"}")
                .json().getJsonObject("error").getString("object"));
        assertValidationError(client.post(SEND, key, "{\"originator\":\"Acme\",\"recipient\":\"447900000003\"}"), "Missing Text object");
        assertValidationError(client.post(SEND, key, "{\"text\":\"hi\",\"originator\":\"Acme\"}"), "Missing Recipient object");
        assertValidationError(client.post(SEND, key, "{\"text\":\"\",\"originator\":\"Acme\",\"recipient\":\"447900000003\"}"), "Missing Text object");
    }

    @Test
    void invalidFieldsAreValidationErrors() {
        assertValidationError(client.post(SEND, key, body("4479", "hi", "")), "Invalid Recipient object");
        assertValidationError(client.post(SEND, key, body("+44 abc", "hi", "")), "Invalid Recipient object");
        assertValidationError(client.post(SEND, key, body("447900000004", "hi", "").replace("Acme", "TwelveLetter")), "Invalid Originator object");
        assertValidationError(client.post(SEND, key, body("447900000004", "hi", "").replace("Acme", "1234567890123456")), "Invalid Originator object");
        assertValidationError(client.post(SEND, key, body("447900000004", "hi", "\"shortenUrls\":\"yes\"")), "Invalid ShortenUrls object");
        assertValidationError(client.post(SEND, key, "{not json"), "Invalid JSON object");
        assertValidationError(client.post(SEND, key, "[1,2]"), "Invalid JSON object");
        assertValidationError(client.post(SEND, key, body("447900000004", "hi", "\"scheduleDateTime\":\"tomorrow\"")),
                "Invalid ScheduleDateTime object");
        assertValidationError(client.post(SEND, key, body("447900000004", "hi", "\"scheduleDateTime\":\"2030-03-01T14:30:00\"")),
                "Invalid ScheduleDateTime object");
        assertValidationError(client.post(SEND, key, body("447900000004", "hi", "\"scheduleDateTime\":\"2020-03-01T14:30:00Z\"")),
                "Invalid ScheduleDateTime object");
        String tooFar = Instant.now().plus(400, ChronoUnit.DAYS).toString();
        assertValidationError(client.post(SEND, key, body("447900000004", "hi", "\"scheduleDateTime\":\"" + tooFar + "\"")),
                "Invalid ScheduleDateTime object");
    }

    @Test
    void everyAuthenticationFailureIsTheSame403() {
        String body = body("447900000005", unique("auth"), "");
        GatewayClient.Reply missing = client.post(SEND, null, body);
        assertEquals(403, missing.status());
        assertEquals(parse(AUTHENTICATION_ERROR), missing.json());
        assertEquals(parse(AUTHENTICATION_ERROR), client.post(SEND, "Bearer sgw_unknown", body).json());
        assertEquals(parse(AUTHENTICATION_ERROR), client.post(SEND, account, body).json());

        String readOnly = fixtures.apiKey(account, "read:Message");
        GatewayClient.Reply withoutPermission = client.post(SEND, readOnly, body);
        assertEquals(403, withoutPermission.status());
        assertEquals(parse(AUTHENTICATION_ERROR), withoutPermission.json());

        String revocable = fixtures.apiKey(account, "create:SingleSMS");
        assertEquals(200, client.post(SEND, revocable, body).status());
        String keyId = client.get("manage/accounts/" + Fixtures.username(account) + "/api-keys", account).array()
                .getValuesAs(JsonObject.class).stream()
                .filter(k -> revocable.substring("Bearer ".length()).startsWith(k.getString("prefix")))
                .findFirst().orElseThrow().getString("id");
        assertEquals(200, client.delete("manage/accounts/" + Fixtures.username(account) + "/api-keys/" + keyId, account).status());
        GatewayClient.Reply revoked = client.post(SEND, revocable, body("447900000006", unique("after revoke"), ""));
        assertEquals(403, revoked.status());
        assertEquals(parse(AUTHENTICATION_ERROR), revoked.json());
    }

    @Test
    void apiKeysAreManagedByTheAccountOrAnAdminOnly() {
        String other = fixtures.account("stranger", fixtures.lra("Strangers"), "");
        String path = "manage/accounts/" + Fixtures.username(account) + "/api-keys";
        assertEquals(403, client.get(path, other).status());
        assertEquals(401, client.get(path, null).status());
        GatewayClient.Reply created = client.post(path, fixtures.adminAuth(), "{\"name\":\"by admin\",\"permissions\":[\"read:Message\"]}");
        assertEquals(201, created.status(), created.toString());
        assertTrue(created.json().getString("secret").startsWith("sgw_"));
        assertTrue(client.get(path, account).array().getValuesAs(JsonObject.class).stream()
                .allMatch(k -> !k.containsKey("secret") || k.isNull("secret")), "secrets are never listed");
        assertEquals(400, client.post(path, account, "{\"name\":\"x\",\"permissions\":[\"fly:Plane\"]}").status());
        assertEquals(400, client.post(path, account, "{\"name\":\"x\",\"permissions\":[]}").status());
    }

    @Test
    void originatorsCanBeRestrictedPerAccount() {
        String restricted = fixtures.account("restricted", fixtures.lra("Restricted"), "");
        assertEquals(200, client.patch("manage/accounts/" + Fixtures.username(restricted), fixtures.adminAuth(),
                "{\"allowedOriginators\":[\"Acme\",\"447900000099\"]}").status());
        String restrictedKey = fixtures.apiKey(restricted, "create:SingleSMS");
        assertEquals(200, client.post(SEND, restrictedKey, body("447900000007", unique("allowed"), "")).status());
        assertValidationError(client.post(SEND, restrictedKey, body("447900000007", unique("other"), "").replace("Acme", "Other")),
                "Invalid Originator object");
    }

    @Test
    void optedOutRecipientsAreExcludedOnRequest() {
        String recipient = "447900000010";
        GatewayClient.Reply added = client.post("optouts", key, "{\"number\":\"" + recipient + "\"}");
        assertEquals(200, added.status(), added.toString());
        assertEquals("+" + recipient, added.json().getJsonObject("record").getString("number"));
        assertTrue(client.get("optouts", key).json().getJsonArray("records").getValuesAs(JsonObject.class).stream()
                .anyMatch(o -> o.getString("number").equals("+" + recipient) && o.getString("source").equals("API")));

        GatewayClient.Reply excluded = client.post(SEND, key, body(recipient, unique("promo"), "\"excludeOptouts\":true"));
        assertEquals(200, excluded.status(), excluded.toString());
        assertEquals(0, excluded.json().getJsonObject("record").getInt("recipientCount"));
        JsonObject refused = message(excluded.json().getJsonObject("record").getString("id"));
        assertEquals("REJECTED", refused.getString("status"));
        assertEquals("OPTED_OUT", refused.getString("errorCode"));

        GatewayClient.Reply notExcluded = client.post(SEND, key, body(recipient, unique("service notice"), "\"excludeOptouts\":false"));
        assertEquals(1, notExcluded.json().getJsonObject("record").getInt("recipientCount"));

        assertEquals(200, client.delete("optouts/%2B" + recipient, key).status());
        assertEquals(404, client.delete("optouts/%2B" + recipient, key).status());
        GatewayClient.Reply afterRemoval = client.post(SEND, key, body(recipient, unique("welcome back"), "\"excludeOptouts\":true"));
        assertEquals(1, afterRemoval.json().getJsonObject("record").getInt("recipientCount"));
        assertValidationError(client.post("optouts", key, "{\"number\":\"12\"}"), "Invalid Number object");
    }

    @Test
    void shortenedLinksRedirectAndCountClicks() {
        GatewayClient.Reply reply = client.post(SEND, key,
                body("447900000011", "Your offer: https://shop.example.com/offer?id=42&x=1 and www.example.org/terms. " + UUID.randomUUID(),
                        "\"shortenUrls\":true"));
        assertEquals(200, reply.status(), reply.toString());
        JsonObject record = message(reply.json().getJsonObject("record").getString("id"));
        List<JsonObject> links = record.getJsonArray("links").getValuesAs(JsonObject.class);
        assertEquals(2, links.size(), record.toString());
        assertEquals("https://shop.example.com/offer?id=42&x=1", links.get(0).getString("url"));
        assertEquals("https://www.example.org/terms", links.get(1).getString("url"));
        assertEquals(0, links.get(0).getJsonNumber("clicks").longValue());

        URI shortUrl = URI.create(links.get(0).getString("shortUrl"));
        GatewayClient.Reply redirect = client.get(shortUrl.getPath().substring(1), null);
        assertEquals(302, redirect.status(), redirect.toString());
        client.get(shortUrl.getPath().substring(1), null);
        JsonObject after = message(record.getString("id"));
        assertEquals(2, after.getJsonArray("links").getJsonObject(0).getJsonNumber("clicks").longValue());
        assertEquals(0, after.getJsonArray("links").getJsonObject(1).getJsonNumber("clicks").longValue());
        assertEquals(404, client.get("s/NoSuchCode", null).status());
    }

    @Test
    void aScheduledMessageWaitsForItsTimeThenGoesOut() {
        Instant at = Instant.now().plusSeconds(10).truncatedTo(ChronoUnit.MILLIS);
        GatewayClient.Reply reply = client.post(SEND, key, body("447900000012", unique("later"), "\"scheduleDateTime\":\"" + at + "\""));
        assertEquals(200, reply.status(), reply.toString());
        JsonObject accepted = reply.json().getJsonObject("record");
        assertEquals(at, Instant.parse(accepted.getString("scheduled")));
        String id = accepted.getString("id");
        assertEquals("SCHEDULED", message(id).getString("status"));
        assertTrue(client.get("messages/scheduled", key).json().getJsonArray("records").getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> m.getString("id").equals(id)));

        awaitStatus(id, "DELIVERED");
        assertTrue(Instant.now().isAfter(at));
        assertFalse(client.get("messages/scheduled", key).json().getJsonArray("records").getValuesAs(JsonObject.class).stream()
                .anyMatch(m -> m.getString("id").equals(id)));
    }

    @Test
    void aScheduledMessageCanBeCancelledBeforeItGoesOut() {
        String at = Instant.now().plus(1, ChronoUnit.HOURS).toString();
        GatewayClient.Reply reply = client.post(SEND, key, body("447900000013", unique("cancel me"), "\"scheduleDateTime\":\"" + at + "\""));
        String id = reply.json().getJsonObject("record").getString("id");

        GatewayClient.Reply cancelled = client.delete("messages/" + id, key);
        assertEquals(200, cancelled.status(), cancelled.toString());
        assertEquals("CANCELLED", cancelled.json().getJsonObject("record").getString("status"));
        GatewayClient.Reply again = client.delete("messages/" + id, key);
        assertEquals(409, again.status(), again.toString());
        assertEquals("ConflictError", again.json().getJsonObject("error").getString("name"));
        assertEquals(404, client.delete("messages/" + UUID.randomUUID(), key).status());
        assertEquals("NotFoundError", client.get("messages/not-a-uuid", key).json().getJsonObject("error").getString("name"));
    }
}
