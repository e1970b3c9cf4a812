package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smsgateway.provider.CallbackTokens;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What an attacker or a broken client sends, against every dialect and the operator API: each case
 * is answered in the dialect's own envelope with a 4xx, and adds at most a few lines to the log (a
 * stack trace per request would let a small request write a large log). The gateway runs in its own
 * JVM here so that its log can be measured.
 */
class HostileInputIT {

    /** A log entry of a few lines; one stack trace of a deeply nested parse is a hundred times this. */
    private static final long MAX_LOG_BYTES_PER_REQUEST = 4096;
    /** 1,500 levels in 3 KB: what made the JSON parsers recurse and log a thousand lines per request. */
    private static final String DEEP = "[".repeat(1500) + "]".repeat(1500);
    /** The platform API's code for a parameter it cannot read. */
    private static final int INVALID_PARAMETER = 103;

    private static PayaraProcess gateway;
    private static Path log;
    private static GatewayClient client;
    private static String admin;
    private static String user;
    private static String username;
    private static String apiKey;
    private static JwtSigner developer;
    private static String callbackToken;

    @BeforeAll
    static void start() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "hostile-");
        log = dataDir.resolve("payara.log");
        gateway = PayaraProcess.start(PayaraProcess.freePort(), List.of(
                "gateway.db.url=jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("gateway")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0",
                "gateway.provider.simulator.prefixes=+39",
                // A provider whose configuration is broken (an SMPP provider without host) must not stop the gateway.
                "gateway.providers=simulator,broken", "gateway.provider.broken.type=SMPP"), log).awaitReady();
        client = gateway.client();
        Fixtures fixtures = new Fixtures(client);
        admin = Fixtures.adminAuthorization();
        assertTrue(Files.readString(log).contains("Provider broken in the configuration is not valid and was not created"),
                "a clear line for the broken provider");
        assertEquals(404, client.get("manage/providers/broken", admin).status());
        user = fixtures.account("hostile", fixtures.lra("Hostile"), "");
        username = Fixtures.username(user);
        apiKey = fixtures.apiKey(user, "create:SingleSMS", "create:Campaign", "create:Optout");
        GatewayClient.Reply serviceAccount = client.post("manage/accounts/" + username + "/service-accounts", user, "{\"roles\":[\"Developer\"]}");
        assertEquals(201, serviceAccount.status(), serviceAccount.toString());
        developer = JwtSigner.fromCredentials(serviceAccount.json());
        GatewayClient.Reply provider = client.post("manage/providers", admin, "{\"name\":\"upstream-h\",\"type\":\"HTTP\",\"prefixes\":[\"+4479\"],"
                + "\"settings\":{\"url\":\"http://127.0.0.1:9/send\"}}");
        assertEquals(201, provider.status(), provider.toString());
        callbackToken = provider.json().getString("callbackToken");
        assertEquals("********", provider.json().getJsonObject("settings").getString("callbackToken"), "masked in the settings");
        assertFalse(client.get("manage/providers/upstream-h", admin).json().containsKey("callbackToken"), "shown only once");
    }

    @AfterAll
    static void stop() throws InterruptedException {
        if (gateway != null) {
            gateway.kill();
        }
    }

    /** Sends the request and checks that the log grew by no more than a few lines while it was answered. */
    private static GatewayClient.Reply boundedLog(Supplier<GatewayClient.Reply> request) {
        long before = logSize();
        GatewayClient.Reply reply = request.get();
        long after = Eventually.until("the log to settle", HostileInputIT::settledLogSize, size -> size >= 0);
        assertTrue(after - before <= MAX_LOG_BYTES_PER_REQUEST, "the log grew by " + (after - before) + " bytes answering " + reply);
        return reply;
    }

    private static long settledLogSize() {
        long size = logSize();
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return logSize() == size ? size : -1;
    }

    private static long logSize() {
        try {
            return Files.size(log);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static GatewayClient.Reply json(String method, String path, String authorization, String body) {
        return boundedLog(() -> client.raw(method, path, authorization, "application/json", body.getBytes(StandardCharsets.UTF_8), Map.of()));
    }

    private static GatewayClient.Reply bytes(String path, String authorization, String contentType, byte[] body) {
        return boundedLog(() -> client.raw("POST", path, authorization, contentType, body, Map.of()));
    }

    private static void assertCodeMessage(GatewayClient.Reply reply, int status, String messagePart) {
        assertEquals(status, reply.status(), reply.toString());
        JsonObject body = reply.json();
        assertEquals(status, body.getInt("code"), reply.toString());
        assertTrue(body.getString("message").contains(messagePart), reply.toString());
    }

    private static void assertSingleSms(GatewayClient.Reply reply, int status, String name, String object) {
        assertEquals(status, reply.status(), reply.toString());
        JsonObject error = reply.json().getJsonObject("error");
        assertFalse(reply.json().getBoolean("success"));
        assertEquals(name, error.getString("name"), reply.toString());
        assertEquals(status, error.getInt("statusCode"));
        if (object != null) {
            assertEquals(object, error.getString("object"), reply.toString());
        }
    }

    private static void assertPlatform(GatewayClient.Reply reply, int status, int code) {
        assertEquals(status, reply.status(), reply.toString());
        assertEquals(code, reply.json().getJsonObject("error").getInt("code"), reply.toString());
    }

    @Test
    void namirialSendRefusesHostileBodiesInItsEnvelope() {
        assertCodeMessage(json("POST", "api/Services/send", user, "{\"destination\":" + DEEP + "}"), 400, "nested deeper than");
        assertCodeMessage(json("POST", "api/Services/send", user, "{\"destination\":\"+39340123"), 400, "not valid JSON");
        assertCodeMessage(json("POST", "api/Services/send", user, "{\"destination\":393401234567,\"text\":[\"hi\"]}"), 400, "must be");
        assertCodeMessage(json("POST", "api/Services/send", user, "{\"text\":\"" + "x".repeat(70_000) + "\"}"), 413, "");
        assertCodeMessage(bytes("api/Services/send", user, "application/json",
                "{\"destination\":\"+393401234567\",\"text\":\"a\u0000b\"}".getBytes(StandardCharsets.UTF_8)), 400, "not valid JSON");
        assertCodeMessage(json("POST", "api/Admin/send", admin, "{\"account\":" + DEEP + "}"), 400, "nested deeper than");
    }

    @Test
    void apiKeyDialectRefusesHostileBodiesInItsEnvelope() {
        assertSingleSms(json("POST", "send/single", apiKey, "{\"recipient\":" + DEEP + "}"), 400, "ValidationError", "Invalid JSON object");
        assertSingleSms(json("POST", "send/single", apiKey, "{\"recipient\":\"39"), 400, "ValidationError", "Invalid JSON object");
        assertSingleSms(json("POST", "send/single", apiKey, "{\"recipient\":[1],\"text\":{}}"), 400, "ValidationError", null);
        assertSingleSms(json("POST", "send/single", apiKey, "{\"text\":\"" + "x".repeat(70_000) + "\"}"), 413, "PayloadTooLargeError", null);
        assertSingleSms(bytes("send/single", apiKey, "application/json",
                "{\"recipient\":\"393401234567\",\"text\":\"a\u0000b\",\"originator\":\"Acme\"}".getBytes(StandardCharsets.UTF_8)),
                400, "ValidationError", "Invalid JSON object");
        assertSingleSms(json("POST", "send/campaign", apiKey, "{\"text\":\"x\",\"originator\":\"Acme\",\"recipients\":[" + DEEP + "]}"),
                400, "ValidationError", "Invalid JSON object");
        assertSingleSms(json("POST", "optouts", apiKey, "{\"number\":" + DEEP + "}"), 400, "ValidationError", "Invalid JSON object");
        assertSingleSms(bytes("send/campaign?text=Hi&originator=Acme", apiKey, "text/csv",
                "recipient,name\n393401234567,\"Ann\n".getBytes(StandardCharsets.UTF_8)), 400, "ValidationError", "Invalid Recipients object");
    }

    @Test
    void aCsvRecordMayBreakItsQuotedFieldOverLines() {
        GatewayClient.Reply reply = bytes("send/campaign?text=Hi%20%7Bname%7D&originator=Acme&scheduleDateTime="
                        + Instant.now().plusSeconds(86_400), apiKey, "text/csv",
                ("recipient,name\r\n" + TestNumbers.italianMobile() + ",\"Ann\r\nJr\"\r\n" + TestNumbers.italianMobile() + ",Bob\r\n")
                        .getBytes(StandardCharsets.UTF_8));
        assertEquals(200, reply.status(), reply.toString());
        assertEquals(2, reply.json().getJsonObject("record").getInt("recipientCount"), reply.toString());
        assertEquals(0, reply.json().getJsonObject("record").getInt("invalidCount"), reply.toString());
    }

    @Test
    void platformApiRefusesHostileBodiesAndTokensInItsEnvelope() {
        String send = "platform_api/SendSmsMessage";
        assertPlatform(json("POST", send, developer.bearer(), "{\"destination\":" + DEEP + "}"), 400, INVALID_PARAMETER);
        assertPlatform(bytes(send, developer.bearer(), "application/x-www-form-urlencoded",
                "source=%zz&destination=1".getBytes(StandardCharsets.UTF_8)), 400, INVALID_PARAMETER);
        assertPlatform(json("POST", send, developer.bearer(), "{\"destination\":\"4474"), 400, INVALID_PARAMETER);
        assertPlatform(json("POST", send, developer.bearer(), "{\"sms_body\":\"" + "x".repeat(70_000) + "\"}"), 413, INVALID_PARAMETER);
        long now = Instant.now().getEpochSecond();
        JsonObject none = Json.createObjectBuilder().build();
        String notYetValid = developer.bearerWithExtras(none, Json.createObjectBuilder().add("nbf", now + 300).build());
        String unknownCrit = developer.bearerWithExtras(Json.createObjectBuilder().add("crit", Json.createArrayBuilder().add("x-policy"))
                .add("x-policy", "strict").build(), none);
        String otherAudience = developer.bearerWithExtras(none, Json.createObjectBuilder().add("aud", "https://billing.example.com").build());
        for (String token : List.of(notYetValid, unknownCrit, otherAudience)) {
            GatewayClient.Reply reply = json("POST", send + "?source=1&destination=1&sms_body=x", token, "");
            assertEquals(401, reply.status(), reply.toString());
            assertEquals("Authorization failed", reply.json().getJsonObject("error").getString("msg"));
        }
    }

    @Test
    void operatorApiRefusesHostileBodiesInItsEnvelope() {
        assertCodeMessage(json("POST", "manage/accounts", admin, "{\"username\":" + DEEP + "}"), 400, "nested deeper than");
        assertCodeMessage(json("POST", "manage/accounts", admin, "{\"username\":5}"), 400, "must be a string");
        assertCodeMessage(json("POST", "manage/accounts", admin, "{\"username\":\"cut"), 400, "not valid JSON");
        assertCodeMessage(json("POST", "manage/accounts", admin, "{\"username\":\"" + "x".repeat(70_000) + "\"}"), 413, "");
        assertCodeMessage(bytes("manage/accounts", admin, "application/json", "{\"username\":\"a\u0000b\"}".getBytes(StandardCharsets.UTF_8)),
                400, "not valid JSON");
        StringBuilder members = new StringBuilder("{");
        for (int i = 0; i < 1000; i++) {
            members.append(i == 0 ? "" : ",").append("\"m").append(i).append("\":0");
        }
        assertCodeMessage(json("POST", "manage/providers", admin, members + "}"), 400, "more than 256 members");
    }

    @Test
    void anOversizedHeaderIsRefusedByTheContainerWithoutALongLog() throws IOException {
        // Grizzly refuses headers beyond its limit before any JAX-RS code runs: the answer is the
        // container's own bare status, not a dialect's envelope (see the README). Sent on its own
        // HTTP/1.1 connection, as an attacker would; on a shared HTTP/2 connection a refused header
        // block would also break the client's header compression for the requests after it.
        long before = logSize();
        String statusLine;
        URI root = client.serverRoot();
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(30_000);
            String request = "POST /api/Services/send HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + user + "\r\n"
                    + "X-Padding: " + "x".repeat(64 * 1024) + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
        }
        assertTrue(statusLine != null && statusLine.matches("HTTP/1\\.1 4\\d\\d.*"), "status line: " + statusLine);
        long after = Eventually.until("the log to settle", HostileInputIT::settledLogSize, size -> size >= 0);
        assertTrue(after - before <= MAX_LOG_BYTES_PER_REQUEST, "the log grew by " + (after - before) + " bytes");
    }

    @Test
    void callbacksWithoutTheProvidersTokenOrSignatureAreRefused() {
        String id = UUID.randomUUID().toString();
        assertCodeMessage(json("GET", "callbacks/http/upstream-h?id=" + id + "&status=1", null, ""), 401, "");
        assertCodeMessage(json("GET", "callbacks/http/upstream-h?id=" + id + "&status=1&token=guess", null, ""), 401, "");
        assertCodeMessage(json("GET", "callbacks/http/upstream-h/inbound?from=393401234567&to=447900000001&text=STOP", null, ""), 401, "");
        assertCodeMessage(json("GET", "callbacks/http/simulator?id=" + id + "&status=1", null, ""), 401, "");
        String query = "id=" + id + "&status=1";
        GatewayClient.Reply forgedSignature = boundedLog(() -> client.raw("GET", "callbacks/http/upstream-h?" + query, null, "text/plain",
                new byte[0], Map.of(CallbackTokens.SIGNATURE_HEADER, "sha256=" + CallbackTokens.sign("guess", query.getBytes(StandardCharsets.UTF_8)))));
        assertEquals(401, forgedSignature.status(), forgedSignature.toString());

        // With the token, or signed with it, the same reports are taken (an unknown id is kept for a later match).
        assertEquals(202, json("GET", "callbacks/http/upstream-h?" + query + "&token=" + callbackToken, null, "").status());
        GatewayClient.Reply signed = boundedLog(() -> client.raw("GET", "callbacks/http/upstream-h?" + query, null, "text/plain",
                new byte[0], Map.of(CallbackTokens.SIGNATURE_HEADER, "sha256=" + CallbackTokens.sign(callbackToken, query.getBytes(StandardCharsets.UTF_8)))));
        assertEquals(202, signed.status(), signed.toString());
        String form = "id=" + id + "&status=2";
        GatewayClient.Reply signedForm = boundedLog(() -> client.raw("POST", "callbacks/http/upstream-h", null, "application/x-www-form-urlencoded",
                form.getBytes(StandardCharsets.UTF_8),
                Map.of(CallbackTokens.SIGNATURE_HEADER, "sha256=" + CallbackTokens.sign(callbackToken, form.getBytes(StandardCharsets.UTF_8)))));
        assertEquals(202, signedForm.status(), signedForm.toString());
        assertCodeMessage(bytes("callbacks/http/upstream-h", null, "application/x-www-form-urlencoded",
                ("id=%zz&status=1&token=" + callbackToken).getBytes(StandardCharsets.UTF_8)), 400, "percent-encoding");
    }

    @Test
    void aRotatedCallbackTokenIsShownOnceAndTheOldOneStillCountsDuringItsGrace() {
        GatewayClient.Reply rotated = client.post("manage/providers/upstream-h/callback-token", admin, "");
        assertEquals(200, rotated.status(), rotated.toString());
        String fresh = rotated.json().getString("callbackToken");
        assertFalse(fresh.equals(callbackToken));
        String query = "callbacks/http/upstream-h?id=" + UUID.randomUUID() + "&status=1&token=";
        assertEquals(202, client.get(query + fresh, null).status());
        assertEquals(202, client.get(query + callbackToken, null).status(), "the previous token within its grace");
        GatewayClient.Reply replaced = client.send("PUT", "manage/providers/upstream-h", admin, "{\"type\":\"HTTP\",\"prefixes\":[\"+4479\"],"
                + "\"settings\":{\"url\":\"http://127.0.0.1:9/send\",\"callbackToken\":\"********\"}}");
        assertEquals(200, replaced.status(), replaced.toString());
        assertEquals(202, client.get(query + fresh, null).status(), "a masked token sent back keeps the stored one");
        callbackToken = fresh;
    }
}
