package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.InetAddress;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Namirial-style send and status API through HTTP on a real Payara Micro. */
class NamirialSendApiIT extends GatewayIntegrationTest {

    private static final String SEND = "api/Services/send";
    private static final String ADMIN_SEND = "api/Admin/send";

    private static int lra;
    private static String user;

    @BeforeEach
    void prepare() {
        if (user == null) {
            lra = fixtures.lra("Send tests");
            user = fixtures.account("sender", lra, "");
        }
    }

    private static String body(String destination, String text) {
        return "{\"destination\":\"" + destination + "\",\"text\":\"" + text + "\"}";
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID();
    }

    private void assertError(GatewayClient.Reply reply, int httpStatus, int code) {
        assertEquals(httpStatus, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("application/json"), reply.contentType());
        JsonObject error = reply.json();
        assertEquals(code, error.getInt("code"), reply.toString());
        assertFalse(error.getString("message").isBlank());
        assertTrue(error.containsKey("details"), "details must be present, null or an array");
    }

    @Test
    void acceptsStoresAndDeliversThroughTheSimulator() {
        String destination = TestNumbers.italianMobile();
        GatewayClient.Reply reply = client.post(SEND, user,
                "{\"destination\":\"" + destination + "\",\"text\":\"" + unique("Your code is 123456") + "\","
                        + "\"reference\":{\"service\":\"AUTHENTICATION\",\"action\":\"2FA\",\"key\":\"user-12345\"},"
                        + "\"businessRelationId\":\"BR-001\",\"attemptCount\":3}");
        assertEquals(200, reply.status(), reply.toString());
        JsonObject accepted = reply.json();
        assertEquals("0: Accepted for delivery", accepted.getString("message"));
        assertFalse(accepted.containsKey("provider"), "provider only with detailed=true");
        String id = accepted.getString("id");
        UUID.fromString(id);

        JsonObject delivered = client.awaitStatus(id, user, "DELIVERED");
        assertEquals(destination, delivered.getString("destination"));
        assertEquals("GSM7", delivered.getString("encoding"));
        assertEquals(1, delivered.getInt("segments"));
        assertEquals("simulator", delivered.getString("provider"));
        assertEquals("AUTHENTICATION", delivered.getJsonObject("reference").getString("service"));
        assertEquals("BR-001", delivered.getString("businessRelationId"));
        assertNotNull(delivered.getString("doneAt"));
        List<String> steps = delivered.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(step -> step.getString("status")).toList();
        assertEquals(List.of("ACCEPTED", "QUEUED", "SUBMITTED", "DELIVERED"), steps);
    }

    @Test
    void detailedResponseNamesTheProvider() {
        GatewayClient.Reply reply = client.post(SEND, user,
                "{\"destination\":\"" + TestNumbers.italianMobile() + "\",\"text\":\"" + unique("detailed") + "\",\"detailed\":true}");
        assertEquals(200, reply.status(), reply.toString());
        assertEquals("simulator", reply.json().getString("provider"));
    }

    @Test
    void unicodeTextIsSentAsUcs2WithItsSegmentCount() {
        String text = "Ciao 😀 " + "x".repeat(70);
        GatewayClient.Reply reply = client.post(SEND, user, body(TestNumbers.italianMobile(), text));
        assertEquals(200, reply.status(), reply.toString());
        JsonObject status = client.get("api/Services/status/" + reply.json().getString("id"), user).json();
        assertEquals("UCS2", status.getString("encoding"));
        assertEquals(2, status.getInt("segments"));
    }

    @Test
    void authenticationFailuresAre401WithCode63() {
        String body = body(TestNumbers.italianMobile(), unique("auth"));
        assertError(client.post(SEND, null, body), 401, 63);
        assertEquals("Missing basic authentication header", client.post(SEND, null, body).json().getString("message"));
        assertError(client.post(SEND, "Bearer abc", body), 401, 63);
        assertError(client.post(SEND, GatewayClient.basic(Fixtures.username(user), "wrong-password"), body), 401, 63);
        assertError(client.post(SEND, GatewayClient.basic("nobody-" + UUID.randomUUID(), "whatever"), body), 401, 63);
        assertEquals("Username or password not valid",
                client.post(SEND, GatewayClient.basic("nobody", "whatever"), body).json().getString("message"));
        assertError(client.get("api/Services/status/" + UUID.randomUUID(), null), 401, 63);
    }

    @Test
    void repeatedWrongPasswordsLockTheUsernameOutForAWhile() {
        String target = fixtures.account("guessed", lra, "");
        String wrong = GatewayClient.basic(Fixtures.username(target), "not-the-password");
        for (int i = 0; i < 10; i++) {
            assertError(client.post(SEND, wrong, body(TestNumbers.italianMobile(), unique("guess"))), 401, 63);
        }
        assertError(client.post(SEND, target, body(TestNumbers.italianMobile(), unique("locked out"))), 401, 63);
        assertEquals(200, client.post(SEND, user, body(TestNumbers.italianMobile(), unique("others are not"))).status());
    }

    @Test
    void anAddressThatFailsTooOftenIsRefusedWhateverCredentialsItSendsNext() throws Exception {
        // The same server reached over loopback: requests come from 127.0.0.1, not the address the others use.
        assumeFalse(InetAddress.getByName(deploymentUrl.getHost()).isLoopbackAddress(), "needs a second address of this host");
        GatewayClient fromLoopback = new GatewayClient(new URL("http", "127.0.0.1", deploymentUrl.getPort(), deploymentUrl.getPath()));
        for (int i = 0; i < 100; i++) {
            assertError(fromLoopback.post(SEND, GatewayClient.basic("guess-" + i, "guess"), body(TestNumbers.italianMobile(), unique("g"))), 401, 63);
        }
        GatewayClient.Reply blocked = fromLoopback.post(SEND, user, body(TestNumbers.italianMobile(), unique("right password")));
        assertError(blocked, 401, 63);
        assertEquals("Too many failed authentications from this address; try again later", blocked.json().getString("message"));

        String key = fixtures.apiKey(user, "create:SingleSMS");
        String keyed = "{\"text\":\"" + unique("keyed") + "\",\"originator\":\"Acme\",\"recipient\":\"" + TestNumbers.italianMobile() + "\"}";
        assertEquals(403, fromLoopback.post("send/single", key, keyed).status(), "the other dialects are refused there too");
        assertEquals(200, client.post("send/single", key, keyed).status(), "other addresses are not affected");
        assertEquals(200, client.post(SEND, user, body(TestNumbers.italianMobile(), unique("from elsewhere"))).status());
    }

    @Test
    void disabledAccountCannotAuthenticate() {
        String disabled = fixtures.account("disabled", lra, "");
        assertEquals(200, client.post(SEND, disabled, body(TestNumbers.italianMobile(), unique("before"))).status());
        assertEquals(200, client.delete("manage/accounts/" + Fixtures.username(disabled), fixtures.adminAuth()).status());
        assertError(client.post(SEND, disabled, body(TestNumbers.italianMobile(), unique("after"))), 401, 63);
    }

    @Test
    void code8ForDestinationsNotInE164Form() {
        String text = unique("wrong number");
        assertError(client.post(SEND, user, "{\"text\":\"" + text + "\"}"), 500, 8);
        for (String destination : List.of("", "   ", "393401234567", "+39 340 1234567", "+39abc1234567",
                "+3934012345678901", "+999123456789", "00393401234567", "+0393401234567")) {
            assertError(client.post(SEND, user, body(destination, text)), 500, 8);
        }
        assertEquals("Wrong number", client.post(SEND, user, body("abc", text)).json().getString("message"));
    }

    @Test
    void code56ForE164NumbersThatAreNotValidForTheirCountry() {
        assertError(client.post(SEND, user, body("+390000000000", unique("invalid"))), 500, 56);
        assertError(client.post(SEND, user, body("+4412", unique("invalid"))), 500, 56);
    }

    @Test
    void code66ForMissingOrEmptyTextButOnlyAfterTheDestinationCheck() {
        assertError(client.post(SEND, user, "{\"destination\":\"" + TestNumbers.italianMobile() + "\"}"), 500, 66);
        assertError(client.post(SEND, user, body(TestNumbers.italianMobile(), "")), 500, 66);
        assertError(client.post(SEND, user, "{\"destination\":\"wrong\"}"), 500, 8);
    }

    @Test
    void code59ForReferencesWithoutAnAllowedService() {
        String destination = TestNumbers.italianMobile();
        assertError(client.post(SEND, user, "{\"destination\":\"" + destination + "\",\"text\":\"" + unique("r")
                + "\",\"reference\":{\"action\":\"2FA\"}}"), 500, 59);
        assertError(client.post(SEND, user, "{\"destination\":\"" + destination + "\",\"text\":\"" + unique("r")
                + "\",\"reference\":{\"key\":\"k\"}}"), 500, 59);
        assertError(client.post(SEND, user, "{\"destination\":\"" + destination + "\",\"text\":\"" + unique("r")
                + "\",\"reference\":{\"service\":\"MARKETING\"}}"), 500, 59);
        assertEquals(200, client.post(SEND, user, "{\"destination\":\"" + destination + "\",\"text\":\"" + unique("r")
                + "\",\"reference\":{\"service\":\"DIGITALSIGN\",\"action\":\"SIGN\"}}").status());

        String marketing = fixtures.account("marketing", lra, "\"referenceServices\":[\"MARKETING\"]");
        assertEquals(200, client.post(SEND, marketing, "{\"destination\":\"" + TestNumbers.italianMobile() + "\",\"text\":\""
                + unique("r") + "\",\"reference\":{\"service\":\"MARKETING\"}}").status());
        assertError(client.post(SEND, marketing, "{\"destination\":\"" + TestNumbers.italianMobile() + "\",\"text\":\""
                + unique("r") + "\",\"reference\":{\"service\":\"AUTHENTICATION\"}}"), 500, 59);
    }

    @Test
    void code74ForUrlsUnlessTheAccountMaySendThem() {
        for (String text : List.of("Visit https://example.com/offer", "see www.example.org", "go to example.com/x now",
                "http://10.0.0.1:8080/a", "Pay at shop.example.it.", "prize.win/abc", "log in at secure-login.icu", "bonus.casino",
                "mybank.support/login")) {
            assertError(client.post(SEND, user, body(TestNumbers.italianMobile(), unique(text))), 500, 74);
        }
        assertEquals(200, client.post(SEND, user, body(TestNumbers.italianMobile(), unique("e.g. the report.pdf costs 3.14"))).status());
        String allowed = fixtures.account("urls", lra, "\"allowUrls\":true");
        assertEquals(200, client.post(SEND, allowed, body(TestNumbers.italianMobile(), unique("https://example.com"))).status());
    }

    @Test
    void code61ForWatchlistedNumbersAndPrefixes() {
        String blocked = TestNumbers.italianMobile();
        assertEquals(201, client.post("manage/watchlist", fixtures.adminAuth(), "{\"number\":\"" + blocked + "\"}").status());
        assertError(client.post(SEND, user, body(blocked, unique("blocked"))), 500, 61);
        assertEquals(201, client.post("manage/watchlist", fixtures.adminAuth(), "{\"number\":\"+4478\",\"match\":\"PREFIX\"}").status());
        assertError(client.post(SEND, user, body("+447811123456", unique("blocked prefix"))), 500, 61);
        assertEquals(200, client.post(SEND, user, body("+447911123456", unique("other prefix"))).status());
    }

    @Test
    void code60ForTheSameTextRepeatedAndForTooManyMessagesToOneDestination() {
        String destination = TestNumbers.italianMobile();
        String text = unique("same text");
        assertEquals(200, client.post(SEND, user, body(destination, text)).status());
        assertError(client.post(SEND, user, body(destination, text)), 500, 60);

        String flooded = TestNumbers.italianMobile();
        for (int i = 0; i < 5; i++) {
            assertEquals(200, client.post(SEND, user, body(flooded, unique("n" + i))).status());
        }
        assertError(client.post(SEND, user, body(flooded, unique("one too many"))), 500, 60);
    }

    @Test
    void code64WhenNoProviderServesTheDestination() {
        assertError(client.post(SEND, user, body(TestNumbers.japaneseMobile(), unique("no route"))), 500, 64);
    }

    @Test
    void checksRunInTheDocumentedOrder() {
        // invalid number beats empty text; empty text beats a bad reference; a bad reference beats a URL
        assertError(client.post(SEND, user, "{\"destination\":\"+390000000000\",\"text\":\"\"}"), 500, 56);
        assertError(client.post(SEND, user, "{\"destination\":\"" + TestNumbers.italianMobile()
                + "\",\"text\":\"\",\"reference\":{\"action\":\"x\"}}"), 500, 66);
        assertError(client.post(SEND, user, "{\"destination\":\"" + TestNumbers.italianMobile()
                + "\",\"text\":\"www.example.com\",\"reference\":{\"action\":\"x\"}}"), 500, 59);
        assertError(client.post(SEND, user, body(TestNumbers.japaneseMobile(), "www.example.com " + UUID.randomUUID())), 500, 74);
    }

    @Test
    void malformedRequestsGetAJsonErrorNotAnHtmlPage() {
        assertError(client.post(SEND, user, "{\"destination\": "), 400, 400);
        assertError(client.post(SEND, user, "[1,2]"), 400, 400);
        assertError(client.post(SEND, user, ""), 400, 400);
        assertError(client.post(SEND, user, "{\"destination\":393401234567,\"text\":\"x\"}"), 400, 400);
        assertError(client.post(SEND, user, "{\"destination\":\"+393401234567\",\"text\":\"x\",\"detailed\":\"yes\"}"), 400, 400);
        assertError(client.post(SEND, user, "{\"destination\":\"+393401234567\",\"text\":\"x\",\"reference\":\"AUTH\"}"), 400, 400);
        assertTrue(client.post(SEND, user, "{\"destination\":393401234567}").json().getString("message").contains("destination"));
        assertError(client.post(SEND, user, "{\"text\":\"" + "x".repeat(70_000) + "\"}"), 413, 413);
        assertError(client.get("api/Services/nothing-here", user), 404, 404);
        assertError(client.get(SEND, user), 405, 405);
    }

    @Test
    void webhookMustBeHttpsWithASupportedAuthenticationType() {
        String destination = TestNumbers.italianMobile();
        assertError(client.post(SEND, user, "{\"destination\":\"" + destination + "\",\"text\":\"" + unique("w")
                + "\",\"webhook\":{\"url\":\"http://example.com/hook\"}}"), 400, 400);
        assertError(client.post(SEND, user, "{\"destination\":\"" + destination + "\",\"text\":\"" + unique("w")
                + "\",\"webhook\":{\"url\":\"not a url\"}}"), 400, 400);
        assertError(client.post(SEND, user, "{\"destination\":\"" + destination + "\",\"text\":\"" + unique("w")
                + "\",\"webhook\":{\"url\":\"https://example.com/hook\",\"authentication\":{\"type\":\"KERBEROS\"}}}"), 400, 400);
        assertEquals(200, client.post(SEND, user, "{\"destination\":\"" + destination + "\",\"text\":\"" + unique("w")
                + "\",\"webhook\":{\"url\":\"https://example.com/hook\",\"authentication\":{\"type\":\"NONE\"}}}").status());
    }

    @Test
    void adminSendRequiresTheAdminRole() {
        assertError(client.post(ADMIN_SEND, user, body(TestNumbers.italianMobile(), unique("not admin"))), 403, 63);
        assertError(client.post(ADMIN_SEND, null, body(TestNumbers.italianMobile(), unique("no auth"))), 401, 63);
    }

    @Test
    void adminSendsOnBehalfOfAnAccountWithinItsLra() {
        String customer = fixtures.account("customer", lra, "");
        String customerName = Fixtures.username(customer);
        GatewayClient.Reply reply = client.post(ADMIN_SEND, fixtures.adminAuth(),
                "{\"destination\":\"" + TestNumbers.italianMobile() + "\",\"text\":\"" + unique("Administrative message")
                        + "\",\"reference\":{\"service\":\"ADMIN\",\"action\":\"NOTIFICATION\",\"key\":\"admin-task-123\"},"
                        + "\"account\":\"" + customerName + "\",\"lra\":" + lra + ",\"businessRelationId\":\"BR-001\",\"detailed\":true}");
        assertEquals(200, reply.status(), reply.toString());
        assertEquals("simulator", reply.json().getString("provider"));
        String id = reply.json().getString("id");

        JsonObject status = client.get("api/Services/status/" + id, customer).json();
        assertEquals(customerName, status.getString("account"), "the message belongs to the account");
        assertEquals("admin", status.getString("sentBy"), "and records who sent it");
        assertError(client.get("api/Services/status/" + id, user), 404, 404);

        assertError(client.post(ADMIN_SEND, fixtures.adminAuth(), "{\"destination\":\"" + TestNumbers.italianMobile()
                + "\",\"text\":\"" + unique("x") + "\",\"account\":\"no-such-account\"}"), 400, 400);
        int otherLra = fixtures.lra("Other");
        assertError(client.post(ADMIN_SEND, fixtures.adminAuth(), "{\"destination\":\"" + TestNumbers.italianMobile()
                + "\",\"text\":\"" + unique("x") + "\",\"account\":\"" + customerName + "\",\"lra\":" + otherLra + "}"), 400, 400);
        assertError(client.post(ADMIN_SEND, fixtures.adminAuth(), "{\"destination\":\"" + TestNumbers.italianMobile()
                + "\",\"text\":\"" + unique("x") + "\",\"account\":\"" + customerName + "\",\"lra\":\"" + lra + "\"}"), 400, 400);
    }

    @Test
    void statusIsVisibleToTheOwnerAndAdministratorsOnly() {
        String id = client.post(SEND, user, body(TestNumbers.italianMobile(), unique("status"))).json().getString("id");
        assertEquals(200, client.get("api/Services/status/" + id, user).status());
        assertEquals(200, client.get("api/Services/status/" + id, fixtures.adminAuth()).status());
        String stranger = fixtures.account("stranger", lra, "");
        assertError(client.get("api/Services/status/" + id, stranger), 404, 404);
        assertError(client.get("api/Services/status/" + UUID.randomUUID(), user), 404, 404);
        assertError(client.get("api/Services/status/not-a-uuid", user), 404, 404);
        JsonObject status = client.get("api/Services/status/" + id, user).json();
        assertTrue(status.get("errorCode") == null || status.get("errorCode") == JsonValue.NULL);
    }
}
