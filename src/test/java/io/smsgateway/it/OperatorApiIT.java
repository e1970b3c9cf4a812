package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The operator API, health and OpenAPI through HTTP on a real Payara Micro. */
class OperatorApiIT extends GatewayIntegrationTest {

    private String admin;

    @BeforeEach
    void prepare() {
        admin = fixtures.adminAuth();
    }

    @Test
    void theOperatorFindsMessagesOfEveryAccountPageByPageAndSeesTheBacklogs() {
        String user = fixtures.account("searched", fixtures.lra("Search"), "");
        String username = Fixtures.username(user);
        String destination = TestNumbers.italianMobile();
        List<String> sent = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            sent.add(client.send(user, destination, "searched " + i + " " + UUID.randomUUID()));
        }
        Collections.reverse(sent); // newest first

        JsonObject first = client.get("manage/messages?limit=2&destination=" + URLEncoder.encode(destination, StandardCharsets.UTF_8), admin).json();
        List<String> firstPage = ids(first);
        assertEquals(sent.subList(0, 2), firstPage);
        JsonObject mark = first.getJsonObject("next");
        JsonObject second = client.get("manage/messages?limit=2&destination=" + URLEncoder.encode(destination, StandardCharsets.UTF_8)
                + "&afterTime=" + mark.getString("createdAt") + "&afterId=" + mark.getString("id"), admin).json();
        assertEquals(sent.subList(2, 3), ids(second));
        assertFalse(second.containsKey("next") && !second.isNull("next"), "the last page: " + second);
        assertEquals(sent, ids(client.get("manage/messages?account=" + username, admin).json()));
        assertEquals(sent, ids(client.get("manage/messages?account=" + username + "&from=" + Instant.now().minusSeconds(600)
                + "&until=" + Instant.now().plusSeconds(60), admin).json()));
        assertEquals(List.of(), ids(client.get("manage/messages?account=" + username + "&until=" + Instant.now().minusSeconds(600), admin).json()));
        assertEquals(List.of(sent.get(0)), ids(client.get("manage/messages?id=" + sent.get(0), admin).json()));

        JsonObject detail = client.get("manage/messages/" + sent.get(0), admin).json();
        assertEquals(username, detail.getJsonObject("message").getString("owner"));
        assertEquals("ACCEPTED", detail.getJsonObject("message").getJsonArray("history").getJsonObject(0).getString("status"));
        assertEquals(List.of(sent.get(0)), ids(client.get("manage/messages?id=" + detail.getJsonObject("message").getJsonNumber("numericId"), admin).json()),
                "the integer alias finds it too");

        assertEquals(400, client.get("manage/messages?status=LOST", admin).status());
        assertEquals(400, client.get("manage/messages?from=yesterday", admin).status());
        assertEquals(400, client.get("manage/messages?limit=0", admin).status());
        assertEquals(404, client.get("manage/messages?account=nobody-" + UUID.randomUUID(), admin).status());
        assertEquals(404, client.get("manage/messages/" + UUID.randomUUID(), admin).status());
        assertEquals(403, client.get("manage/messages", user).status(), "only operators search every account");
        assertEquals(403, client.get("manage/overview", user).status());

        JsonObject overview = client.get("manage/overview", admin).json();
        assertEquals(60, overview.getJsonArray("minutes").size());
        long accepted = overview.getJsonArray("minutes").getValuesAs(JsonObject.class).stream()
                .mapToLong(m -> m.getJsonObject("reached").containsKey("ACCEPTED") ? m.getJsonObject("reached").getJsonNumber("ACCEPTED").longValue() : 0)
                .sum();
        assertTrue(accepted >= 3, overview.toString());
        for (String figure : List.of("queueDepth", "oldestQueuedSeconds", "receiptsUnmatched", "webhooksPending", "webhooksDead")) {
            assertTrue(overview.containsKey(figure), figure);
        }
        assertEquals(200, client.get("manage/campaigns", admin).status());
        assertEquals(List.of(), client.get("manage/accounts/" + username + "/optouts", admin).array());
        assertEquals(200, client.get("manage/accounts/" + username + "/optouts", user).status(), "an account reads its own opt-outs");
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("messages").getValuesAs(JsonObject.class).stream().map(m -> m.getString("id")).toList();
    }

    @Test
    void lrasAreCreatedReadListedAndRenamed() {
        int id = fixtures.lra("North");
        assertEquals(409, client.post("manage/lras", admin, "{\"id\":" + id + ",\"name\":\"Again\"}").status());
        JsonObject lra = client.get("manage/lras/" + id, admin).json();
        assertEquals("North", lra.getString("name"));
        assertTrue(client.get("manage/lras", admin).array().stream().anyMatch(v -> v.asJsonObject().getInt("id") == id));
        GatewayClient.Reply renamed = client.send("PUT", "manage/lras/" + id, admin, "{\"name\":\"North-East\"}");
        assertEquals(200, renamed.status(), renamed.toString());
        assertEquals("North-East", client.get("manage/lras/" + id, admin).json().getString("name"));
        assertEquals(404, client.get("manage/lras/2147483000", admin).status());
        assertEquals(400, client.post("manage/lras", admin, "{\"id\":-4,\"name\":\"neg\"}").status());
        assertEquals(400, client.post("manage/lras", admin, "{\"id\":\"7\",\"name\":\"str\"}").status());
        assertEquals(400, client.post("manage/lras", admin, "{\"id\":8,\"name\":\"x\",\"colour\":\"red\"}").status());
    }

    @Test
    void aChangeBasedOnAStaleReadOfAnAccountIsRefusedWith409() {
        String username = Fixtures.username(fixtures.account("stale", fixtures.lra("Stale"), ""));
        long version = client.get("manage/accounts/" + username, admin).json().getJsonNumber("version").longValue();
        GatewayClient.Reply disabled = client.patch("manage/accounts/" + username, admin, "{\"enabled\":false,\"version\":" + version + "}");
        assertEquals(200, disabled.status(), disabled.toString());
        assertTrue(disabled.json().getJsonNumber("version").longValue() > version);
        GatewayClient.Reply stale = client.patch("manage/accounts/" + username, admin, "{\"password\":\"another-long-pw\",\"enabled\":true,"
                + "\"version\":" + version + "}");
        assertEquals(409, stale.status(), stale.toString());
        assertEquals(409, stale.json().getInt("code"));
        assertFalse(client.get("manage/accounts/" + username, admin).json().getBoolean("enabled"), "the later change did not undo the first");
    }

    @Test
    void accountsAreCreatedReadChangedAndDisabled() {
        int lra = fixtures.lra("Accounts");
        String username = "acme-" + Long.toString(System.nanoTime(), 36);
        GatewayClient.Reply created = client.post("manage/accounts", admin,
                "{\"username\":\"" + username + "\",\"password\":\"long-enough-pw\",\"lra\":" + lra
                        + ",\"roles\":[\"USER\"],\"allowUrls\":false}");
        assertEquals(201, created.status(), created.toString());
        JsonObject account = created.json();
        assertEquals(username, account.getString("username"));
        assertEquals(lra, account.getInt("lra"));
        assertFalse(created.body().contains("password"), "the hash never leaves the server");
        assertEquals(409, client.post("manage/accounts", admin,
                "{\"username\":\"" + username + "\",\"password\":\"long-enough-pw\",\"lra\":" + lra + "}").status());

        GatewayClient.Reply changed = client.patch("manage/accounts/" + username, admin,
                "{\"allowUrls\":true,\"referenceServices\":[\"MARKETING\"],\"password\":\"another-long-pw\"}");
        assertEquals(200, changed.status(), changed.toString());
        assertTrue(changed.json().getBoolean("allowUrls"));
        assertEquals("MARKETING", changed.json().getJsonArray("referenceServices").getString(0));
        assertEquals(200, client.get("manage/accounts/" + username, GatewayClient.basic("admin", GatewayClient.ADMIN_PASSWORD)).status());

        String sendBody = "{\"destination\":\"" + TestNumbers.italianMobile() + "\",\"text\":\"pw change " + System.nanoTime() + "\"}";
        assertEquals(401, client.post("api/Services/send", GatewayClient.basic(username, "long-enough-pw"), sendBody).status());
        assertEquals(200, client.post("api/Services/send", GatewayClient.basic(username, "another-long-pw"), sendBody).status());

        GatewayClient.Reply disabled = client.delete("manage/accounts/" + username, admin);
        assertEquals(200, disabled.status());
        assertFalse(disabled.json().getBoolean("enabled"));
        assertEquals(401, client.post("api/Services/send", GatewayClient.basic(username, "another-long-pw"), sendBody).status(),
                "a disabled account is refused at once, though it was authenticated a moment ago");
        assertTrue(client.get("manage/accounts", admin).array().stream()
                .anyMatch(v -> v.asJsonObject().getString("username").equals(username)));
    }

    @Test
    void accountValidation() {
        int lra = fixtures.lra("Validation");
        assertEquals(400, client.post("manage/accounts", admin, "{\"username\":\"no-lra\",\"password\":\"long-enough-pw\"}").status());
        assertEquals(400, client.post("manage/accounts", admin, "{\"username\":\"short\",\"password\":\"short\",\"lra\":" + lra + "}").status());
        assertEquals(400, client.post("manage/accounts", admin, "{\"username\":\"bad name!\",\"password\":\"long-enough-pw\",\"lra\":" + lra + "}").status());
        assertEquals(400, client.post("manage/accounts", admin, "{\"username\":\"r\",\"password\":\"long-enough-pw\",\"lra\":" + lra + ",\"roles\":[\"ROOT\"]}").status());
        assertEquals(404, client.post("manage/accounts", admin, "{\"username\":\"x\",\"password\":\"long-enough-pw\",\"lra\":2147483001}").status());
        assertEquals(404, client.get("manage/accounts/nobody-at-all", admin).status());
        JsonObject error = client.post("manage/accounts", admin, "{broken").json();
        assertEquals(400, error.getInt("code"));
    }

    @Test
    void onlyAdministratorsMayOperate() {
        int lra = fixtures.lra("Roles");
        String user = fixtures.account("plain", lra, "");
        GatewayClient.Reply forbidden = client.get("manage/accounts", user);
        assertEquals(403, forbidden.status());
        assertEquals(403, forbidden.json().getInt("code"));
        assertEquals(401, client.get("manage/accounts", null).status());
        assertEquals(403, client.post("manage/lras", user, "{\"id\":5,\"name\":\"x\"}").status());
        assertEquals(403, client.post("manage/watchlist", user, "{\"number\":\"+391\"}").status());
    }

    @Test
    void watchlistEntriesAreAddedListedAndRemoved() {
        String number = TestNumbers.italianMobile();
        GatewayClient.Reply added = client.post("manage/watchlist", admin, "{\"number\":\"" + number + "\",\"reason\":\"complaint\"}");
        assertEquals(201, added.status(), added.toString());
        long id = added.json().getJsonNumber("id").longValue();
        assertEquals(409, client.post("manage/watchlist", admin, "{\"number\":\"" + number + "\"}").status());
        assertEquals(400, client.post("manage/watchlist", admin, "{\"number\":\"39abc\"}").status());
        assertEquals(400, client.post("manage/watchlist", admin, "{\"number\":\"+39\",\"match\":\"FUZZY\"}").status());
        assertTrue(client.get("manage/watchlist", admin).array().stream()
                .anyMatch(v -> v.asJsonObject().getString("number").equals(number)));

        int lra = fixtures.lra("Watch");
        String user = fixtures.account("watch", lra, "");
        String body = "{\"destination\":\"" + number + "\",\"text\":\"watch " + System.nanoTime() + "\"}";
        assertEquals(61, client.post("api/Services/send", user, body).json().getInt("code"));
        assertEquals(204, client.delete("manage/watchlist/" + id, admin).status());
        assertEquals(404, client.delete("manage/watchlist/" + id, admin).status());
        assertEquals(200, client.post("api/Services/send", user, body).status());
    }

    @Test
    void readinessReportsTheDatabase() {
        GatewayClient.Reply ready = client.getAbsolute(client.serverRoot().resolve("/health/ready"));
        assertEquals(200, ready.status(), ready.toString());
        assertTrue(ready.body().contains("database"), ready.body());
    }

    @Test
    void openApiDocumentsEveryEndpoint() {
        GatewayClient.Reply openapi = client.getAbsolute(client.serverRoot().resolve("/openapi"));
        assertEquals(200, openapi.status());
        for (String path : new String[] {"/api/Services/send", "/api/Admin/send", "/api/Services/status/{id}",
            "/manage/lras", "/manage/accounts", "/manage/accounts/{username}", "/manage/watchlist", "SendRequest", "ErrorResponse",
            "/manage/providers", "/callbacks/http/{provider}", "StatusNotification",
            "/send/single", "/send/campaign", "/messages/{id}", "/messages/scheduled", "/optouts", "/campaigns/{id}/recipients",
            "/campaigns/{id}/pause", "/s/{code}", "/manage/accounts/{username}/api-keys", "SingleSmsRequest", "ErrorEnvelope",
            "/platform_api/SendSmsMessage", "/platform_api/GetPhoneNumbers", "/platform_api/ControlSms", "/platform_api/GetSmsHistory",
            "/manage/accounts/{username}/service-accounts", "/manage/accounts/{username}/phone-numbers", "SendSmsMessageResponse"}) {
            assertTrue(openapi.body().contains(path), "OpenAPI lacks " + path);
        }
    }
}
