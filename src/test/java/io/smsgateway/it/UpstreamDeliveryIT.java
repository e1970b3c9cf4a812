package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smsgateway.webhook.WebhookSignature;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Real delivery over TCP: an SMSC built on jSMPP's server API, HTTP upstreams and a customer's
 * webhook endpoint, all in the test JVM, against the gateway on Payara Micro.
 */
class UpstreamDeliveryIT extends GatewayIntegrationTest {

    private static SmppTestServer smsc;
    private static String user;
    private static String userName;
    private static String webhookSecret;

    private String admin;

    @BeforeAll
    static void startSmsc() throws Exception {
        smsc = new SmppTestServer();
    }

    @AfterAll
    static void stopSmsc() throws Exception {
        smsc.close();
    }

    @BeforeEach
    void prepare() {
        admin = Fixtures.adminAuthorization();
        if (user == null) {
            createProvider("{\"name\":\"smsc-a\",\"type\":\"SMPP\",\"prefixes\":[\"+4475\"],\"throughput\":200,\"settings\":{"
                    + "\"host\":\"127.0.0.1\",\"port\":\"" + smsc.port() + "\",\"systemId\":\"gateway\",\"password\":\"secret\","
                    + "\"sourceAddress\":\"ACME\",\"enquireLinkSeconds\":\"5\",\"throttleBackoffMillis\":\"50\",\"reconnectMaxSeconds\":\"2\","
                    // this SMSC answers submit_sm with hexadecimal ids and writes them in decimal in its receipts
                    + "\"receiptIdFormat\":\"decimal-in-receipts\"}}");
            Eventually.holds("smsc-a bound", () -> client.get("manage/providers/smsc-a", admin).json().getBoolean("available"));
            String account = fixtures.account("delivery", fixtures.lra("Delivery"), "");
            userName = Fixtures.username(account);
            webhookSecret = client.get("manage/accounts/" + userName, admin).json().getString("webhookSecret");
            user = account;
        }
    }

    private void createProvider(String json) {
        GatewayClient.Reply reply = client.post("manage/providers", admin, json);
        assertEquals(201, reply.status(), reply.toString());
    }

    private String send(String destination, String text, String extra) {
        GatewayClient.Reply reply = client.post("api/Services/send", user, "{\"destination\":\"" + destination + "\",\"text\":\""
                + text + "\",\"detailed\":true" + (extra.isEmpty() ? "" : "," + extra) + "}");
        assertEquals(200, reply.status(), reply.toString());
        return reply.json().getString("id");
    }

    private JsonObject status(String id) {
        return client.messageStatus(id, user);
    }

    private JsonObject awaitStatus(String id, String expected) {
        return client.awaitStatus(id, user, expected);
    }

    private static String unique(String text) {
        return text + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private SmppTestServer.Submitted lastSubmitFor(String destination) {
        List<SmppTestServer.Submitted> all = smsc.submitted();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).destination().equals(destination.substring(1))) {
                return all.get(i);
            }
        }
        throw new AssertionError("no submit_sm for " + destination);
    }

    @Test
    void smppSubmitAndReceiptWithHexAndDecimalIds() {
        String destination = "+447512345601";
        String id = send(destination, unique("Hello over SMPP"), "");
        JsonObject delivered = awaitStatus(id, "DELIVERED");
        assertEquals("smsc-a", delivered.getString("provider"));
        SmppTestServer.Submitted submit = lastSubmitFor(destination);
        assertEquals(0, submit.dataCoding(), "GSM-7 is data_coding 0");
        assertEquals(0, submit.esmClass() & 0x40, "no UDH on a single part");
        assertEquals("ACME", submit.source());
        List<String> steps = delivered.getJsonArray("history").getValuesAs(JsonObject.class).stream().map(s -> s.getString("status")).toList();
        assertEquals(List.of("ACCEPTED", "QUEUED", "SUBMITTED", "DELIVERED"), steps);
    }

    @Test
    void theAccountOriginatorIsTheSourceAddress() {
        String originator = "MyShop";
        assertEquals(200, client.patch("manage/accounts/" + userName, admin, "{\"originator\":\"" + originator + "\"}").status());
        try {
            String destination = "+447512345610";
            awaitStatus(send(destination, unique("from the shop"), ""), "DELIVERED");
            assertEquals(originator, lastSubmitFor(destination).source());
        } finally {
            client.patch("manage/accounts/" + userName, admin, "{\"originator\":\"\"}");
        }
        assertEquals(400, client.patch("manage/accounts/" + userName, admin, "{\"originator\":\"Far too long sender\"}").status());
    }

    @Test
    void longMessagesGoAsConcatenatedPartsAndAreDeliveredWhenEveryPartIs() {
        String destination = "+447512345602";
        String text = unique("x".repeat(200));
        String id = send(destination, text, "");
        awaitStatus(id, "DELIVERED");
        List<SmppTestServer.Submitted> parts = smsc.submitted().stream().filter(s -> s.destination().equals(destination.substring(1))).toList();
        assertEquals(2, parts.size());
        for (int i = 0; i < 2; i++) {
            SmppTestServer.Submitted part = parts.get(i);
            assertEquals(0x40, part.esmClass() & 0x40, "UDH indicator");
            byte[] udh = Arrays.copyOf(part.shortMessage(), 6);
            assertArrayEquals(new byte[] {5, 0, 3, udh[3], 2, (byte) (i + 1)}, udh);
        }
        assertEquals(parts.get(0).shortMessage()[3], parts.get(1).shortMessage()[3], "same concatenation reference");
        assertEquals(153 + 6, parts.get(0).shortMessage().length);
    }

    @Test
    void unicodeGoesAsUcs2() {
        String destination = "+447512345603";
        String id = send(destination, unique("Привет 😀"), "");
        awaitStatus(id, "DELIVERED");
        SmppTestServer.Submitted submit = lastSubmitFor(destination);
        assertEquals(8, submit.dataCoding());
        assertTrue(new String(submit.shortMessage(), StandardCharsets.UTF_16BE).startsWith("Привет 😀"));
    }

    @Test
    void undeliverableReceiptSettlesTheMessage() {
        smsc.receiptStat("UNDELIV");
        try {
            String id = send("+447512345604", unique("will fail"), "");
            JsonObject status = awaitStatus(id, "UNDELIVERED");
            assertEquals("001", status.getString("errorCode"));
        } finally {
            smsc.receiptStat("DELIVRD");
        }
    }

    @Test
    void throttlingSlowsDownInsteadOfFailing() {
        int before = smsc.submitted().size();
        smsc.throttleNext(3);
        String id = send("+447512345605", unique("throttled"), "");
        awaitStatus(id, "DELIVERED");
        assertEquals(before + 1, smsc.submitted().size());
    }

    @Test
    void aDroppedSessionIsReboundAndSendingGoesOn() {
        int binds = smsc.binds();
        smsc.dropSessions();
        Eventually.holds("rebind", () -> smsc.binds() > binds);
        Eventually.holds("available again", () -> client.get("manage/providers/smsc-a", admin).json().getBoolean("available"));
        awaitStatus(send("+447512345606", unique("after the drop"), ""), "DELIVERED");
    }

    @Test
    void failsOverFromABrokenProviderToTheNextOne() throws Exception {
        try (HttpTestEndpoint broken = new HttpTestEndpoint(); HttpTestEndpoint healthy = new HttpTestEndpoint()) {
            broken.failFirst(1_000);
            createProvider("{\"name\":\"http-broken\",\"type\":\"HTTP\",\"prefixes\":[\"+4474\"],\"priority\":1,"
                    + "\"settings\":{\"url\":\"" + broken.url("/send") + "\",\"body\":\"{\\\"to\\\":\\\"{to}\\\",\\\"text\\\":\\\"{text}\\\"}\"}}");
            createProvider("{\"name\":\"http-healthy\",\"type\":\"HTTP\",\"prefixes\":[\"+4474\"],\"priority\":2,"
                    + "\"settings\":{\"url\":\"" + healthy.url("/send") + "\",\"body\":\"{\\\"to\\\":\\\"{to}\\\",\\\"text\\\":\\\"{text}\\\",\\\"dlr\\\":\\\"{dlrUrl}\\\"}\","
                    + "\"callbackToken\":\"cb-secret\"}}");
            GatewayClient.Reply reply = client.post("api/Services/send", user,
                    "{\"destination\":\"+447412345607\",\"text\":\"" + unique("failover") + "\",\"detailed\":true}");
            assertEquals("http-broken", reply.json().getString("provider"), "routed by priority at acceptance");
            String id = reply.json().getString("id");
            JsonObject submitted = awaitStatus(id, "SUBMITTED");
            assertEquals("http-healthy", submitted.getString("provider"));
            assertTrue(broken.requests().size() >= 1);
            HttpTestEndpoint.Request upstream = healthy.requests().get(0);
            JsonObject body = Json.createReader(new StringReader(upstream.body())).readObject();
            assertEquals("+447412345607", body.getString("to"));
            assertTrue(body.getString("dlr").contains("/callbacks/http/http-healthy?id=" + id));

            assertEquals(401, client.get("callbacks/http/http-healthy?id=" + id + "&status=1&token=wrong", null).status());
            assertEquals(202, client.get("callbacks/http/http-healthy?id=" + id + "&status=1&token=cb-secret", null).status());
            awaitStatus(id, "DELIVERED");
        }
    }

    @Test
    void aBriefOutageIsAbsorbedAndOnlyALongOneIsCode64() throws InterruptedException {
        createProvider("{\"name\":\"smsc-dead\",\"type\":\"SMPP\",\"prefixes\":[\"+8190\"],\"settings\":{"
                + "\"host\":\"127.0.0.1\",\"port\":\"1\",\"systemId\":\"x\",\"password\":\"secret\"}}");
        // Down for less than gateway.dispatch.outage-grace-seconds (3 s here): accepted, and it waits for the provider.
        GatewayClient.Reply absorbed = client.post("api/Services/send", user, "{\"destination\":\"+819012345678\",\"text\":\""
                + unique("brief outage") + "\"}");
        assertEquals(200, absorbed.status(), absorbed.toString());
        Thread.sleep(4_000);
        GatewayClient.Reply reply = client.post("api/Services/send", user, "{\"destination\":\"+819012345679\",\"text\":\"" + unique("dead") + "\"}");
        assertEquals(500, reply.status(), reply.toString());
        assertEquals(64, reply.json().getInt("code"));
        assertEquals("QUEUED", status(absorbed.json().getString("id")).getString("status"), "the absorbed one still waits for its provider");
    }

    @Test
    void statusWebhooksAreSignedRetriedAndEchoTheReference() throws Exception {
        try (HttpTestEndpoint receiver = new HttpTestEndpoint()) {
            receiver.failFirst(1);
            String id = send("+447512345608", unique("with webhook"), "\"businessRelationId\":\"BR-7\","
                    + "\"reference\":{\"service\":\"ECOMMERCE\",\"key\":\"order-9\"},"
                    + "\"webhook\":{\"url\":\"" + receiver.url("/hook") + "\",\"authentication\":{\"type\":\"BEARER\",\"value\":\"tok-1\"}}");
            awaitStatus(id, "DELIVERED");
            Eventually.holds("DELIVERED notification",
                    () -> receiver.requests().stream().anyMatch(r -> r.body().contains("\"DELIVERED\"")));
            String firstId = receiver.requests().get(0).header("webhook-id");
            Eventually.holds("the retry of the notification that failed",
                    () -> receiver.requests().stream().filter(r -> r.header("webhook-id").equals(firstId)).count() == 2);

            List<HttpTestEndpoint.Request> requests = receiver.requests();
            HttpTestEndpoint.Request first = requests.get(0);
            HttpTestEndpoint.Request retry = requests.stream().skip(1)
                    .filter(r -> r.header("webhook-id").equals(first.header("webhook-id"))).findFirst()
                    .orElseThrow(() -> new AssertionError("the failed notification was not retried with the same id"));
            assertEquals(first.body(), retry.body());
            for (HttpTestEndpoint.Request request : requests) {
                assertEquals("Bearer tok-1", request.header("Authorization"));
                String expected = WebhookSignature.sign(webhookSecret, request.header("webhook-id"),
                        Long.parseLong(request.header("webhook-timestamp")), request.body());
                assertEquals(expected, request.header("webhook-signature"));
            }
            JsonObject delivered = requests.stream().map(r -> Json.createReader(new StringReader(r.body())).readObject())
                    .filter(n -> n.getString("status").equals("DELIVERED")).findFirst().orElseThrow();
            assertEquals(id, delivered.getString("messageId"));
            assertEquals("smsc-a", delivered.getString("provider"));
            assertEquals("BR-7", delivered.getString("businessRelationId"));
            assertEquals("order-9", delivered.getJsonObject("reference").getString("key"));
            assertNotNull(delivered.getString("doneAt"));
            assertTrue(requests.stream().anyMatch(r -> r.body().contains("\"SUBMITTED\"")));
        }
    }

    @Test
    void aNotificationGivenUpAfterEveryAttemptIsADeadLetterThatTheOperatorRedelivers() throws Exception {
        try (HttpTestEndpoint receiver = new HttpTestEndpoint()) {
            receiver.failFirst(1_000);
            String id = send("+447512345619", unique("dead letter"), "\"webhook\":{\"url\":\"" + receiver.url("/dead") + "\"}");
            awaitStatus(id, "DELIVERED");
            // The delivery container retries three times, a second apart: then each notification of the message is dead.
            int notifications = Eventually.until("every notification of the message given up",
                    () -> client.get("manage/messages/" + id, admin).json().getJsonArray("webhooks").getValuesAs(JsonObject.class),
                    hooks -> !hooks.isEmpty() && hooks.stream().allMatch(w -> w.getString("state").equals("DEAD"))).size();
            List<JsonObject> letters = client.get("manage/webhooks/dead?limit=500", admin).array().getValuesAs(JsonObject.class).stream()
                    .filter(w -> w.getString("messageId").equals(id)).toList();
            assertEquals(notifications, letters.size(), letters.toString());
            JsonObject dead = letters.get(0);
            assertEquals("DEAD", dead.getString("state"));
            assertEquals(4, dead.getInt("attempts"), dead.toString());
            assertEquals(500, dead.getInt("lastStatus"), dead.toString());
            assertFalse(dead.toString().contains("secret"), "signing secrets are not shown: " + dead);

            receiver.failFirst(0);
            int before = receiver.requests().size();
            GatewayClient.Reply redelivered = client.post("manage/webhooks/dead/" + dead.getString("id") + "/redeliver", admin, "");
            assertEquals(200, redelivered.status(), redelivered.toString());
            assertEquals("PENDING", redelivered.json().getString("state"));
            Eventually.holds("the redelivered notification received", () -> receiver.requests().size() == before + 1);
            JsonObject detail = Eventually.until("the notification delivered", () -> client.get("manage/messages/" + id, admin).json(),
                    d -> d.getJsonArray("webhooks").getValuesAs(JsonObject.class).stream().anyMatch(w -> w.getString("state").equals("DELIVERED")));
            assertEquals(notifications, detail.getJsonArray("webhooks").size(), detail.toString());
            assertEquals(1, detail.getJsonArray("webhooks").getValuesAs(JsonObject.class).stream()
                    .filter(w -> w.getString("state").equals("DELIVERED")).count(), "only the one redelivered: " + detail);
            assertEquals(409, client.post("manage/webhooks/dead/" + dead.getString("id") + "/redeliver", admin, "").status(),
                    "only a dead letter is redelivered");
            assertEquals(404, client.post("manage/webhooks/dead/" + UUID.randomUUID() + "/redeliver", admin, "").status());
        }
    }

    @Test
    void accountDefaultWebhookIsUsedWhenTheMessageNamesNone() throws Exception {
        try (HttpTestEndpoint receiver = new HttpTestEndpoint()) {
            String url = URLEncoder.encode(receiver.url("/default"), StandardCharsets.UTF_8);
            assertEquals(200, client.patch("manage/accounts/" + userName, admin,
                    "{\"webhookUrl\":\"" + receiver.url("/default") + "\"}").status(), url);
            try {
                String id = send("+447512345609", unique("default hook"), "");
                Eventually.holds("notification to the account's webhook",
                        () -> receiver.requests().stream().anyMatch(r -> r.body().contains(id) && r.body().contains("DELIVERED")));
            } finally {
                client.patch("manage/accounts/" + userName, admin, "{\"webhookUrl\":\"\"}");
            }
        }
    }

    @Test
    void apiKeySendsEchoTheirReferenceAndAStopReplyOptsTheRecipientOut() throws Exception {
        String key = fixtures.apiKey(user, "create:SingleSMS", "read:Optout", "read:Message");
        String recipient = "+447512345610";
        try (HttpTestEndpoint receiver = new HttpTestEndpoint()) {
            assertEquals(200, client.patch("manage/accounts/" + userName, admin, "{\"webhookUrl\":\"" + receiver.url("/keyed") + "\"}").status());
            try {
                GatewayClient.Reply sent = client.post("send/single", key, "{\"text\":\"" + unique("Offer") + "\",\"originator\":\"Acme\","
                        + "\"recipient\":\"" + recipient.substring(1) + "\",\"reference\":\"crm-42\",\"excludeOptouts\":true}");
                assertEquals(200, sent.status(), sent.toString());
                String id = sent.json().getJsonObject("record").getString("id");
                Eventually.holds("notification echoing the reference",
                        () -> receiver.requests().stream().anyMatch(r -> r.body().contains(id) && r.body().contains("\"DELIVERED\"")
                                && r.body().contains("\"clientReference\":\"crm-42\"")));
                assertEquals("Acme", lastSubmitFor(recipient).source());
            } finally {
                client.patch("manage/accounts/" + userName, admin, "{\"webhookUrl\":\"\"}");
            }
        }

        smsc.sendInbound(recipient, "+447700900000", "Stop");
        Eventually.holds("opt-out from STOP",
                () -> client.get("optouts", key).json().getJsonArray("records").getValuesAs(JsonObject.class).stream()
                        .anyMatch(o -> o.getString("number").equals(recipient) && o.getString("source").equals("INBOUND")));
        GatewayClient.Reply excluded = client.post("send/single", key, "{\"text\":\"" + unique("Offer") + "\",\"originator\":\"Acme\","
                + "\"recipient\":\"" + recipient + "\",\"excludeOptouts\":true}");
        assertEquals(0, excluded.json().getJsonObject("record").getInt("recipientCount"), excluded.toString());
    }

    @Test
    void inboundMessagesToAnAccountNumberReachItsCallbackReassembled() throws Exception {
        String number = "+447512345630";
        assertEquals(201, client.post("manage/accounts/" + userName + "/phone-numbers", admin, "{\"number\":\"" + number + "\"}").status());
        try (HttpTestEndpoint receiver = new HttpTestEndpoint()) {
            assertEquals(200, client.patch("manage/accounts/" + userName, admin, "{\"webhookUrl\":\"" + receiver.url("/inbound") + "\"}").status());
            try {
                smsc.sendInbound("+447700900001", number, "Hello there");
                smsc.sendInboundParts("+447700900002", number, 77, 2, new int[] {2, 1}, new String[] {"second half.", "First half, "});
                Eventually.holds("single-part inbound",
                        () -> receiver.requests().stream().anyMatch(r -> r.body().contains("\"type\":\"sms.inbound\"")
                                && r.body().contains("\"text\":\"Hello there\"") && r.body().contains("\"source\":\"+447700900001\"")));
                Eventually.holds("reassembled inbound",
                        () -> receiver.requests().stream().anyMatch(r -> r.body().contains("\"text\":\"First half, second half.\"")
                                && r.body().contains("\"parts\":2")));
                HttpTestEndpoint.Request request = receiver.requests().stream().filter(r -> r.body().contains("Hello there")).findFirst().orElseThrow();
                assertEquals(WebhookSignature.sign(webhookSecret, request.header("webhook-id"), Long.parseLong(request.header("webhook-timestamp")),
                        request.body()), request.header("webhook-signature"));
                assertEquals(1, receiver.requests().stream().filter(r -> r.body().contains("half")).count(), "one notification for two parts");
            } finally {
                client.patch("manage/accounts/" + userName, admin, "{\"webhookUrl\":\"\"}");
            }
        }
    }

    @Test
    void aStopReplyOptsOutOfTheOwnerOfTheNumberItReachedNotOfTheLastSender() throws Exception {
        String recipient = "+447512345611";
        awaitStatus(send(recipient, unique("the last message to this recipient"), ""), "DELIVERED");
        String owner = fixtures.account("number-owner", fixtures.lra("Number owner"), "");
        String number = "+447512345631";
        assertEquals(201, client.post("manage/accounts/" + Fixtures.username(owner) + "/phone-numbers", admin, "{\"number\":\"" + number + "\"}").status());

        smsc.sendInbound(recipient, number, "STOP");
        String ownerKey = fixtures.apiKey(owner, "read:Optout");
        Eventually.holds("opted out of the number's owner", () -> optedOut(ownerKey, recipient));
        assertFalse(optedOut(fixtures.apiKey(user, "read:Optout"), recipient), "not of the account that messaged the recipient last");
    }

    private boolean optedOut(String key, String number) {
        return client.get("optouts", key).json().getJsonArray("records").getValuesAs(JsonObject.class).stream()
                .anyMatch(o -> o.getString("number").equals(number) && o.getString("source").equals("INBOUND"));
    }

    @Test
    void aHangingWebhookReceiverDelaysOnlyItsOwnNotifications() throws Exception {
        try (HttpTestEndpoint hanging = new HttpTestEndpoint(); HttpTestEndpoint healthy = new HttpTestEndpoint()) {
            hanging.hang(true);
            for (int i = 0; i < 12; i++) {
                send(TestNumbers.italianMobile(), unique("to a hanging receiver"), "\"webhook\":{\"url\":\"" + hanging.url("/hook") + "\"}");
            }
            Eventually.holds("the hanging receiver holding its share of the senders", () -> hanging.requests().size() >= 4);
            long start = System.nanoTime();
            String id = send(TestNumbers.italianMobile(), unique("to a healthy receiver"),
                    "\"webhook\":{\"url\":\"" + healthy.localhostUrl("/hook") + "\"}");
            Eventually.holds("the healthy receiver's DELIVERED notification",
                    () -> healthy.requests().stream().anyMatch(r -> r.body().contains(id) && r.body().contains("\"DELIVERED\"")));
            long seconds = java.util.concurrent.TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
            // Without a per-host bound, every sending slot waits on the hanging receiver for the 15 s timeout.
            assertTrue(seconds < 10, "the healthy receiver waited " + seconds + " s behind the hanging one");
            assertTrue(hanging.requests().size() <= 8, "at most a few calls at once to the hanging host: " + hanging.requests().size());
        }
    }

    @Test
    void kannelsQueuedForLaterDeliveryIsTakenAndItsLaterDlrSettlesTheMessage() throws Exception {
        try (HttpTestEndpoint kannel = new HttpTestEndpoint()) {
            kannel.answer("3: Queued for later delivery");
            createProvider("{\"name\":\"kannel-queued\",\"type\":\"HTTP\",\"prefixes\":[\"+44731\"],\"settings\":{\"preset\":\"kannel\","
                    + "\"url\":\"" + kannel.url("/cgi-bin/sendsms") + "\",\"username\":\"gw\",\"password\":\"pw\"}}");
            String id = send("+447312345678", unique("queued at Kannel"), "");
            awaitStatus(id, "SUBMITTED");
            String query = kannel.requests().get(0).uri();
            String dlrUrl = Arrays.stream(query.substring(query.indexOf('?') + 1).split("&"))
                    .filter(p -> p.startsWith("dlr-url=")).map(p -> URLDecoder.decode(p.substring(8), StandardCharsets.UTF_8))
                    .findFirst().orElseThrow();
            // Kannel replaces %d by the event (1: delivered) and calls the URL; here relative to the gateway under test.
            String callback = dlrUrl.substring(dlrUrl.indexOf("/callbacks/") + 1).replace("%d", "1");
            assertEquals(202, client.get(callback, null).status());
            List<String> history = client.statusHistory(id, user);
            assertEquals("DELIVERED", awaitStatus(id, "DELIVERED").getString("status"), history.toString());
        }
    }
}
