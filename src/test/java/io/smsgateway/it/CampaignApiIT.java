package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Campaigns of the API-key dialect through HTTP on a real Payara Micro, delivered by the simulator. */
class CampaignApiIT extends GatewayIntegrationTest {

    private static String account;
    private static String key;

    @BeforeEach
    void prepare() {
        if (key == null) {
            account = fixtures.account("campaigner", fixtures.lra("Campaign tests"), "");
            key = fixtures.apiKey(account, "create:Campaign", "read:Campaign", "delete:Campaign", "create:Optout", "read:Message");
        }
    }

    private JsonObject campaign(String id) {
        GatewayClient.Reply reply = client.get("campaigns/" + id, key);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().getJsonObject("record");
    }

    private JsonObject awaitCampaign(String id, String what, Predicate<JsonObject> condition) {
        return Eventually.until("campaign " + id + " " + what, () -> campaign(id), condition);
    }

    private Map<Integer, JsonObject> recipients(String id) {
        GatewayClient.Reply reply = client.get("campaigns/" + id + "/recipients?limit=100", key);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().getJsonArray("records").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(r -> r.getInt("line"), r -> r));
    }

    @Test
    void validInvalidAndOptedOutRecipientsReachTheirFinalCounts() {
        String optedOut = TestNumbers.italianMobile();
        assertEquals(200, client.post("optouts", fixtures.apiKey(account, "create:Optout"), "{\"number\":\"" + optedOut + "\"}").status());
        String first = TestNumbers.italianMobile();
        String second = TestNumbers.italianMobile();
        String third = TestNumbers.italianMobile();
        String body = "{\"name\":\"November promo\",\"text\":\"Hello {name}, your code is {code}\",\"originator\":\"Acme\","
                + "\"reference\":\"promo-11\",\"excludeOptouts\":true,\"recipients\":["
                + "{\"recipient\":\"" + first.substring(1) + "\",\"name\":\"Ann\",\"code\":\"A1\"},"
                + "{\"recipient\":\"" + second + "\",\"name\":\"Bob\",\"code\":\"B2\"},"
                + "{\"recipient\":\"12345\",\"name\":\"Nobody\",\"code\":\"X\"},"
                + "{\"recipient\":\"" + first + "\",\"name\":\"Ann again\",\"code\":\"A1\"},"
                + "{\"recipient\":\"" + third + "\",\"code\":\"C3\"},"
                + "{\"recipient\":\"" + optedOut + "\",\"name\":\"Olga\",\"code\":\"O4\"},"
                + "{\"recipient\":\"" + TestNumbers.italianMobile() + "\",\"name\":\"Carl\",\"code\":\"C5\"}]}";
        GatewayClient.Reply reply = client.post("send/campaign", key, body);
        assertEquals(200, reply.status(), reply.toString());
        assertTrue(reply.json().getBoolean("success"));
        JsonObject created = reply.json().getJsonObject("record");
        assertEquals("Campaign", created.getString("type"));
        assertEquals(7 - 3, created.getInt("recipientCount"), created.toString());
        assertEquals(3, created.getInt("invalidCount"));
        List<JsonObject> invalid = created.getJsonArray("invalid").getValuesAs(JsonObject.class);
        assertEquals(List.of(3, 4, 5), invalid.stream().map(i -> i.getInt("line")).toList());
        assertTrue(invalid.get(1).getString("reason").contains("duplicate of line 1"), invalid.toString());
        assertTrue(invalid.get(2).getString("reason").contains("{name}"), invalid.toString());

        String id = created.getString("id");
        JsonObject done = awaitCampaign(id, "completed with three delivered", c -> c.getString("status").equals("COMPLETED")
                && c.getJsonObject("progress").getInt("delivered") == 3);
        JsonObject progress = done.getJsonObject("progress");
        assertEquals(7, progress.getInt("total"));
        assertEquals(0, progress.getInt("pending"));
        assertEquals(3, progress.getInt("sent"));
        assertEquals(3, progress.getInt("invalid"));
        assertEquals(1, progress.getInt("optedOut"));
        assertEquals(0, progress.getInt("failed"));

        Map<Integer, JsonObject> lines = recipients(id);
        assertEquals("RELEASED", lines.get(1).getString("status"));
        assertEquals("DELIVERED", lines.get(1).getString("messageStatus"));
        assertEquals("INVALID", lines.get(3).getString("status"));
        assertEquals("OPTED_OUT", lines.get(6).getString("status"));
        JsonObject message = client.get("messages/" + lines.get(2).getString("messageId"), key).json().getJsonObject("record");
        assertEquals(second, message.getString("recipient"));
        assertEquals("promo-11", message.getString("reference"));
        assertEquals(1, message.getInt("segments"));
    }

    @Test
    void aCsvUploadIsScheduledAndStartsOnItsTimer() {
        String at = Instant.now().plusSeconds(10).truncatedTo(ChronoUnit.MILLIS).toString();
        String csv = "name;recipient\n\"Smith, Ann\";" + TestNumbers.italianMobile().substring(1) + "\nBob;" + TestNumbers.italianMobile()
                + "\n\nEve;not-a-number\n";
        String query = "send/campaign?text=" + URLEncoder.encode("Hi {name} " + UUID.randomUUID(), StandardCharsets.UTF_8)
                + "&originator=Acme&scheduleDateTime=" + URLEncoder.encode(at, StandardCharsets.UTF_8);
        GatewayClient.Reply reply = client.post(query, key, "text/csv", csv);
        assertEquals(200, reply.status(), reply.toString());
        JsonObject created = reply.json().getJsonObject("record");
        assertEquals("SCHEDULED", created.getString("status"));
        assertEquals(at, created.getString("scheduled"));
        assertEquals(2, created.getInt("recipientCount"));
        assertEquals(3, created.getJsonArray("invalid").getJsonObject(0).getInt("line"));

        JsonObject done = awaitCampaign(created.getString("id"), "completed with two delivered",
                c -> c.getJsonObject("progress").getInt("delivered") == 2 && c.getString("status").equals("COMPLETED"));
        assertEquals("COMPLETED", done.getString("status"));
        assertTrue(Instant.parse(done.getString("startedAt")).compareTo(Instant.parse(at)) >= 0, done.toString());
    }

    @Test
    void aRunningCampaignWaitsWhileNoProviderCanSendAndGoesOnWhenOneCan() throws InterruptedException {
        GatewayClient.Reply providers = client.get("manage/providers", fixtures.adminAuth());
        List<String> enabled = providers.array().getValuesAs(JsonObject.class).stream()
                .filter(provider -> provider.getBoolean("enabled")).map(provider -> provider.getString("name")).toList();
        String id;
        try {
            enabled.forEach(name -> assertEquals(200, client.delete("manage/providers/" + name, fixtures.adminAuth()).status()));
            GatewayClient.Reply reply = client.post("send/campaign", key, "{\"text\":\"paced\",\"originator\":\"Acme\","
                    + "\"recipients\":[\"" + TestNumbers.italianMobile() + "\",\"" + TestNumbers.italianMobile() + "\"]}");
            assertEquals(200, reply.status(), reply.toString());
            id = reply.json().getJsonObject("record").getString("id");
            Thread.sleep(3_000); // three release ticks
            JsonObject waiting = campaign(id);
            assertEquals("RUNNING", waiting.getString("status"), waiting.toString());
            assertEquals(2, waiting.getJsonObject("progress").getInt("pending"), "nothing released into a queue no provider takes: " + waiting);
        } finally {
            enabled.forEach(name -> client.post("manage/providers/" + name + "/enable", fixtures.adminAuth(), ""));
        }
        awaitCampaign(id, "completed with two delivered once a provider is back",
                c -> c.getString("status").equals("COMPLETED") && c.getJsonObject("progress").getInt("delivered") == 2);
    }

    @Test
    void aCampaignCanBePausedResumedAndCancelledBeforeItStarts() {
        String at = Instant.now().plus(1, ChronoUnit.HOURS).toString();
        GatewayClient.Reply reply = client.post("send/campaign", key, "{\"text\":\"later\",\"originator\":\"Acme\",\"scheduleDateTime\":\""
                + at + "\",\"recipients\":[\"" + TestNumbers.italianMobile() + "\",\"" + TestNumbers.italianMobile() + "\"]}");
        String id = reply.json().getJsonObject("record").getString("id");
        assertTrue(client.get("campaigns", key).json().getJsonArray("records").getValuesAs(JsonObject.class).stream()
                .anyMatch(c -> c.getString("id").equals(id)));

        assertEquals("PAUSED", client.post("campaigns/" + id + "/pause", key, "").json().getJsonObject("record").getString("status"));
        assertEquals(409, client.post("campaigns/" + id + "/pause", key, "").status());
        assertEquals("SCHEDULED", client.post("campaigns/" + id + "/resume", key, "").json().getJsonObject("record").getString("status"));
        GatewayClient.Reply cancelled = client.delete("campaigns/" + id, key);
        assertEquals(200, cancelled.status(), cancelled.toString());
        JsonObject record = cancelled.json().getJsonObject("record");
        assertEquals("CANCELLED", record.getString("status"));
        assertEquals(2, record.getJsonObject("progress").getInt("cancelled"));
        assertEquals(0, record.getJsonObject("progress").getInt("pending"));
        GatewayClient.Reply again = client.delete("campaigns/" + id, key);
        assertEquals(409, again.status());
        assertEquals("ConflictError", again.json().getJsonObject("error").getString("name"));
    }

    @Test
    void campaignsNeedTheirPermissionsAndValidInput() {
        String singleOnly = fixtures.apiKey(account, "create:SingleSMS");
        String body = "{\"text\":\"x\",\"originator\":\"Acme\",\"recipients\":[\"" + TestNumbers.italianMobile() + "\"]}";
        GatewayClient.Reply denied = client.post("send/campaign", singleOnly, body);
        assertEquals(403, denied.status());
        assertEquals("AuthenticationError", denied.json().getJsonObject("error").getString("name"));
        assertEquals(403, client.get("campaigns", singleOnly).status());
        assertEquals(403, client.delete("campaigns/" + UUID.randomUUID(), fixtures.apiKey(account, "read:Campaign")).status());

        assertEquals("Missing Recipients object", client.post("send/campaign", key, "{\"text\":\"x\",\"originator\":\"Acme\"}")
                .json().getJsonObject("error").getString("object"));
        assertEquals("Missing Text object", client.post("send/campaign", key, "{\"originator\":\"Acme\",\"recipients\":[]}")
                .json().getJsonObject("error").getString("object"));
        GatewayClient.Reply empty = client.post("send/campaign", key, "{\"text\":\"x\",\"originator\":\"Acme\",\"recipients\":[]}");
        assertEquals(400, empty.status(), empty.toString());
        assertEquals(404, client.get("campaigns/" + UUID.randomUUID(), key).status());
        int stored = client.get("campaigns", key).json().getJsonArray("records").size();
        GatewayClient.Reply cutShort = client.post("send/campaign?text=x&originator=Acme", key, "text/csv",
                "recipient\n" + TestNumbers.italianMobile() + "\n" + "4".repeat(9_000) + "\n");
        assertEquals(400, cutShort.status(), cutShort.toString());
        assertEquals("Invalid Recipients object", cutShort.json().getJsonObject("error").getString("object"));
        assertEquals(stored, client.get("campaigns", key).json().getJsonArray("records").size(), "nothing of a refused upload is stored");
        String otherKey = fixtures.apiKey(fixtures.account("other", fixtures.lra("Other"), ""), "read:Campaign");
        String mine = client.post("send/campaign", key, body).json().getJsonObject("record").getString("id");
        assertEquals(404, client.get("campaigns/" + mine, otherKey).status(), "another account's campaign is invisible");
    }

    @Test
    void disablingAnAccountPausesItsRunningCampaignAndCancelsItsScheduledSends() throws InterruptedException {
        String owner = fixtures.account("disabled", fixtures.lra("Disabled owner"), "");
        String ownerName = Fixtures.username(owner);
        String ownerKey = fixtures.apiKey(owner, "create:Campaign", "read:Campaign", "create:SingleSMS", "read:Message");
        Instant sendAt = Instant.now().plusSeconds(10);
        GatewayClient.Reply scheduled = client.post("send/single", ownerKey, "{\"text\":\"later " + UUID.randomUUID() + "\",\"originator\":\"Acme\","
                + "\"recipient\":\"" + TestNumbers.italianMobile() + "\",\"scheduleDateTime\":\"" + sendAt + "\"}");
        assertEquals(200, scheduled.status(), scheduled.toString());
        String scheduledId = scheduled.json().getJsonObject("record").getString("id");
        StringBuilder recipients = new StringBuilder();
        for (int i = 0; i < 600; i++) {
            recipients.append(i == 0 ? "" : ",").append('"').append(TestNumbers.italianMobile()).append('"');
        }
        GatewayClient.Reply created = client.post("send/campaign", ownerKey, "{\"text\":\"Big " + UUID.randomUUID()
                + "\",\"originator\":\"Acme\",\"recipients\":[" + recipients + "]}");
        assertEquals(200, created.status(), created.toString());
        String id = created.json().getJsonObject("record").getString("id");
        assertEquals(200, client.patch("manage/accounts/" + ownerName, fixtures.adminAuth(), "{\"enabled\":false}").status());
        assertEquals(403, client.get("campaigns/" + id, ownerKey).status(), "a disabled account's keys are refused");

        // While the account is disabled its campaign stops releasing and its scheduled send is not sent when due.
        Thread.sleep(Math.max(0, sendAt.plusSeconds(5).toEpochMilli() - System.currentTimeMillis()));
        assertEquals(200, client.patch("manage/accounts/" + ownerName, fixtures.adminAuth(), "{\"enabled\":true}").status());
        JsonObject paused = campaignOf(ownerKey, id);
        assertEquals("PAUSED", paused.getString("status"), paused.toString());
        assertEquals("the account is disabled", paused.getString("pauseReason"));
        assertTrue(paused.getJsonObject("progress").getInt("pending") > 0, "release stopped: " + paused);
        JsonObject message = client.get("messages/" + scheduledId, ownerKey).json().getJsonObject("record");
        assertEquals("CANCELLED", message.getString("status"), message.toString());
        assertEquals("ACCOUNT_DISABLED", message.getString("errorCode"), message.toString());

        // Enabled again, its owner resumes the campaign and it completes.
        JsonObject resumed = client.post("campaigns/" + id + "/resume", ownerKey, "").json().getJsonObject("record");
        assertEquals("RUNNING", resumed.getString("status"), resumed.toString());
        assertTrue(!resumed.containsKey("pauseReason") || resumed.isNull("pauseReason"), resumed.toString());
        Eventually.until("campaign " + id + " completed after its resumption", () -> campaignOf(ownerKey, id),
                c -> c.getString("status").equals("COMPLETED"));
    }

    private JsonObject campaignOf(String apiKey, String id) {
        GatewayClient.Reply reply = client.get("campaigns/" + id, apiKey);
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().getJsonObject("record");
    }
}
