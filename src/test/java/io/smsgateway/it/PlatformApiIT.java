package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Voximplant-style platform API through HTTP on a real Payara Micro, with JWTs signed in the test. */
class PlatformApiIT extends GatewayIntegrationTest {

    private static final String SEED_SOURCE = "447443332211";
    private static final String SEED_DESTINATION = "447443332212";
    private static final String SEND = "platform_api/SendSmsMessage";

    private static String owner;
    private static JwtSigner developer;
    private static JwtSigner accountant;
    private static JwtSigner stranger;
    private static String strangerNumber;

    @BeforeEach
    void prepare() {
        if (developer == null) {
            owner = fixtures.account("platform", fixtures.lra("Platform tests"), "");
            assignNumber(owner, SEED_SOURCE, true);
            assertEquals(200, client.patch(numberPath(owner, SEED_SOURCE), owner, "{\"smsEnabled\":true}").status());
            assignNumber(owner, "447443332213", true);
            assignNumber(owner, "447443332214", false);
            developer = serviceAccount(owner, "Developer");
            accountant = serviceAccount(owner, "Accountant");
            String other = fixtures.account("platform-other", fixtures.lra("Platform others"), "");
            strangerNumber = "447443332215";
            assignNumber(other, strangerNumber, true);
            client.patch(numberPath(other, strangerNumber), other, "{\"smsEnabled\":true}");
            stranger = serviceAccount(other, "Owner");
        }
    }

    private void assignNumber(String account, String number, boolean smsSupported) {
        GatewayClient.Reply reply = client.post("manage/accounts/" + Fixtures.username(account) + "/phone-numbers", fixtures.adminAuth(),
                "{\"number\":\"" + number + "\",\"smsSupported\":" + smsSupported + "}");
        assertEquals(201, reply.status(), reply.toString());
    }

    private static String numberPath(String account, String number) {
        return "manage/accounts/" + Fixtures.username(account) + "/phone-numbers/" + number;
    }

    private JwtSigner serviceAccount(String account, String role) {
        GatewayClient.Reply reply = client.post("manage/accounts/" + Fixtures.username(account) + "/service-accounts", account,
                "{\"roles\":[\"" + role + "\"]}");
        assertEquals(201, reply.status(), reply.toString());
        return JwtSigner.fromCredentials(reply.json());
    }

    private static String query(String source, String destination, String body, Boolean storeBody) {
        return SEND + "?source=" + source + "&destination=" + destination + "&sms_body=" + URLEncoder.encode(body, StandardCharsets.UTF_8)
                + (storeBody == null ? "" : "&store_body=" + storeBody);
    }

    private static void assertError(GatewayClient.Reply reply, int httpStatus, int code) {
        assertEquals(httpStatus, reply.status(), reply.toString());
        JsonObject error = reply.json().getJsonObject("error");
        assertEquals(code, error.getInt("code"), reply.toString());
        assertFalse(error.getString("msg").isBlank());
    }

    private JsonObject history(JwtSigner signer, long messageId) {
        GatewayClient.Reply reply = client.post("platform_api/GetSmsHistory?message_id=" + messageId, signer.bearer(), "{}");
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().getJsonArray("result").getJsonObject(0);
    }

    private JsonObject awaitDelivered(long messageId) {
        return Eventually.until("message " + messageId + " delivered", () -> history(developer, messageId),
                item -> item.getString("status").equals("DELIVERED"));
    }

    @Test
    void theSeedsRequestSendsAndAnswersMessageIdAndFragments() {
        GatewayClient.Reply reply = client.post(SEND + "?source=" + SEED_SOURCE + "&destination=" + SEED_DESTINATION
                + "&sms_body=Test+message&store_body=true", developer.bearer(), "{}");
        assertEquals(200, reply.status(), reply.toString());
        JsonObject json = reply.json();
        assertEquals(1, json.getInt("result"));
        assertEquals(1, json.getInt("fragments_count"));
        long messageId = json.getJsonNumber("message_id").longValue();
        assertTrue(messageId > 0);

        JsonObject item = awaitDelivered(messageId);
        assertEquals(SEED_SOURCE, item.getString("source_number"));
        assertEquals(SEED_DESTINATION, item.getString("destination_number"));
        assertEquals("Test message", item.getString("text"), "store_body=true keeps the text");
    }

    @Test
    void withoutStoreBodyTheTextIsErasedOnceFinal() {
        GatewayClient.Reply reply = client.post(query(SEED_SOURCE, "447443332221", "Secret code " + UUID.randomUUID(), null),
                developer.bearer(), "");
        assertEquals(200, reply.status(), reply.toString());
        long messageId = reply.json().getJsonNumber("message_id").longValue();
        JsonObject item = awaitDelivered(messageId);
        assertFalse(item.containsKey("text") && !item.isNull("text"), "the text is gone: " + item);
    }

    @Test
    void parametersMayAlsoComeInAFormOrJsonBody() {
        GatewayClient.Reply json = client.post(SEND, developer.bearer(), "{\"source\":\"" + SEED_SOURCE + "\",\"destination\":\"447443332222\","
                + "\"sms_body\":\"json " + UUID.randomUUID() + "\"}");
        assertEquals(200, json.status(), json.toString());
        GatewayClient.Reply form = client.postForm(SEND, developer.bearer(), "source=" + SEED_SOURCE + "&destination=447443332233&sms_body="
                + URLEncoder.encode("form " + UUID.randomUUID(), StandardCharsets.UTF_8));
        assertEquals(200, form.status(), form.toString());
        assertError(client.send("POST", SEND, developer.bearer(), ""), 400, 102);
    }

    @Test
    void fragmentsCountFollowsGsm7AndUcs2Segments() {
        assertEquals(2, client.post(query(SEED_SOURCE, "447443332223", "a".repeat(124) + UUID.randomUUID() + "b", null),
                developer.bearer(), "{}").json().getInt("fragments_count"));
        assertEquals(1, client.post(query(SEED_SOURCE, "447443332224", "g".repeat(124) + UUID.randomUUID(), null),
                developer.bearer(), "{}").json().getInt("fragments_count"));
        assertEquals(2, client.post(query(SEED_SOURCE, "447443332225", "Привет " + "ж".repeat(28) + UUID.randomUUID(), null),
                developer.bearer(), "{}").json().getInt("fragments_count"));
        assertEquals(12, client.post(query(SEED_SOURCE, "447443332226", "ж".repeat(765), null),
                developer.bearer(), "{}").json().getInt("fragments_count"));
    }

    @Test
    void aBodyOver765CharactersIsRefused() {
        assertError(client.post(query(SEED_SOURCE, "447443332227", "x".repeat(766), null), developer.bearer(), "{}"), 400, 103);
    }

    @Test
    void theSourceMustBeAnSmsEnabledNumberOfTheAccount() {
        String text = "hello " + UUID.randomUUID();
        assertError(client.post(query("447443332213", "447443332228", text, null), developer.bearer(), "{}"), 400, 104);
        assertError(client.post(query("447443332214", "447443332228", text, null), developer.bearer(), "{}"), 400, 104);
        assertError(client.post(query(strangerNumber, "447443332228", text, null), developer.bearer(), "{}"), 400, 104);
        assertError(client.post(query("447443332299", "447443332228", text, null), developer.bearer(), "{}"), 400, 104);
        assertError(client.post(query(SEED_SOURCE, "4474", text, null), developer.bearer(), "{}"), 400, 103);
        assertError(client.post(SEND + "?source=" + SEED_SOURCE + "&destination=447443332228", developer.bearer(), "{}"), 400, 102);
    }

    @Test
    void getPhoneNumbersAndControlSms() {
        GatewayClient.Reply numbers = client.post("platform_api/GetPhoneNumbers", accountant.bearer(), "{}");
        assertEquals(200, numbers.status(), numbers.toString());
        assertEquals(3, numbers.json().getInt("total_count"));
        JsonObject second = numbers.json().getJsonArray("result").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("phone_number").equals("447443332213")).findFirst().orElseThrow();
        assertTrue(second.getBoolean("is_sms_supported"));
        assertFalse(second.getBoolean("is_sms_enabled"));

        assertEquals(1, client.post("platform_api/ControlSms?phone_number=447443332213&command=enable", developer.bearer(), "{}")
                .json().getInt("result"));
        GatewayClient.Reply sent = client.post(query("447443332213", "447443332229", "now enabled " + UUID.randomUUID(), null),
                developer.bearer(), "{}");
        assertEquals(200, sent.status(), sent.toString());
        assertEquals(1, client.post("platform_api/ControlSms?phone_number=447443332213&command=disable", developer.bearer(), "{}")
                .json().getInt("result"));
        assertError(client.post(query("447443332213", "447443332229", "disabled " + UUID.randomUUID(), null), developer.bearer(), "{}"), 400, 104);

        assertError(client.post("platform_api/ControlSms?phone_number=447443332214&command=enable", developer.bearer(), "{}"), 409, 109);
        assertError(client.post("platform_api/ControlSms?phone_number=" + strangerNumber + "&command=enable", developer.bearer(), "{}"), 404, 108);
        assertError(client.post("platform_api/ControlSms?phone_number=447443332213&command=toggle", developer.bearer(), "{}"), 400, 103);
        assertError(client.post("platform_api/ControlSms?phone_number=447443332213&command=enable", accountant.bearer(), "{}"), 403, 101);
    }

    @Test
    void everyBadTokenIsTheSameAuthorizationFailure() {
        String url = query(SEED_SOURCE, "447443332230", "auth " + UUID.randomUUID(), null);
        long now = Instant.now().getEpochSecond();
        JwtSigner other = JwtSigner.generated(developer.keyId(), developer.accountId());

        GatewayClient.Reply expired = client.post(url, developer.bearerWith(now - 7200, now - 3600), "{}");
        assertError(expired, 401, 100);
        assertEquals("Authorization failed", expired.json().getJsonObject("error").getString("msg"));
        assertError(client.post(url, developer.bearerWith(now, now + 7200), "{}"), 401, 100);
        assertError(client.post(url, developer.bearerWith(now + 600, now + 1200), "{}"), 401, 100);
        assertError(client.post(url, other.bearer(), "{}"), 401, 100);
        assertError(client.post(url, JwtSigner.withKid(developer, UUID.randomUUID().toString()).bearer(), "{}"), 401, 100);
        assertError(client.post(url, developer.bearerAlgNone(), "{}"), 401, 100);
        assertError(client.post(url, developer.bearerHs256WithPublicKey(developer.publicKeyPem()), "{}"), 401, 100);
        assertError(client.post(url, JwtSigner.withIssuer(developer, stranger.accountId()).bearer(), "{}"), 401, 100);
        assertError(client.post(url, null, "{}"), 401, 100);
        assertError(client.post(url, "Bearer not.a.jwt", "{}"), 401, 100);
        assertError(client.post(url, fixtures.adminAuth(), "{}"), 401, 100);

        GatewayClient.Reply wrongRole = client.post(url, accountant.bearer(), "{}");
        assertError(wrongRole, 403, 101);

        String keyPath = "manage/accounts/" + Fixtures.username(owner) + "/service-accounts";
        JwtSigner revocable = serviceAccount(owner, "CallsSMS");
        assertEquals(200, client.post(query(SEED_SOURCE, "447443332231", "before revoke " + UUID.randomUUID(), null), revocable.bearer(), "{}").status());
        assertEquals(200, client.delete(keyPath + "/" + revocable.keyId(), owner).status());
        assertError(client.post(query(SEED_SOURCE, "447443332231", "after revoke " + UUID.randomUUID(), null), revocable.bearer(), "{}"), 401, 100);
    }

    @Test
    void anUploadedPublicKeyVerifiesTokensSignedWithItsPrivateKey() {
        JwtSigner own = JwtSigner.generated(null, 0);
        GatewayClient.Reply created = client.post("manage/accounts/" + Fixtures.username(owner) + "/service-accounts", owner,
                Json.createObjectBuilder().add("roles", Json.createArrayBuilder().add("Admin")).add("publicKey", own.publicKeyPem()).build().toString());
        assertEquals(201, created.status(), created.toString());
        assertFalse(created.json().containsKey("private_key"));
        JwtSigner signer = JwtSigner.withKid(own, created.json().getString("keyId")).forAccount(created.json().getJsonNumber("accountId").longValue());
        GatewayClient.Reply sent = client.post(query(SEED_SOURCE, "447443332232", "own key " + UUID.randomUUID(), null), signer.bearer(), "{}");
        assertEquals(200, sent.status(), sent.toString());
        assertEquals(400, client.post("manage/accounts/" + Fixtures.username(owner) + "/service-accounts", owner,
                "{\"roles\":[\"Admin\"],\"publicKey\":\"-----BEGIN PUBLIC KEY-----\\nAAAA\\n-----END PUBLIC KEY-----\"}").status());
        assertEquals(400, client.post("manage/accounts/" + Fixtures.username(owner) + "/service-accounts", owner, "{\"roles\":[\"Pilot\"]}").status());
    }
}
