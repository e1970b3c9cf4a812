package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HTTP provider's Kannel preset against a real Kannel 1.4.5 (Debian package {@code kannel}, which
 * {@code .ci/run} installs), whose SMPP link goes to a test SMSC that writes ids in hexadecimal in its
 * answers and in decimal in its receipts. The gateway's statuses must be what Kannel reports in its
 * DLRs, also when Kannel only queued a message because its own link was down.
 */
class KannelDeliveryIT extends GatewayIntegrationTest {

    private static SmppTestServer smsc;
    private static KannelProcess kannel;
    private static String user;
    private String admin;

    @BeforeAll
    static void startKannel() throws Exception {
        assertTrue(KannelProcess.installed(), "Kannel is needed: apt-get install kannel (.ci/run installs it)");
        smsc = new SmppTestServer();
        kannel = new KannelProcess(smsc.port());
        Eventually.holds("Kannel bound to the SMSC", () -> kannel.smscOnline());
    }

    @AfterAll
    static void stopKannel() throws Exception {
        if (kannel != null) {
            kannel.close();
        }
        if (smsc != null) {
            smsc.close();
        }
    }

    @BeforeEach
    void prepare() {
        admin = Fixtures.adminAuthorization();
        if (user == null) {
            GatewayClient.Reply reply = client.post("manage/providers", admin, "{\"name\":\"kannel\",\"type\":\"HTTP\",\"prefixes\":[\"+44732\"],"
                    + "\"throughput\":50,\"settings\":{\"preset\":\"kannel\",\"url\":\"" + kannel.sendsmsUrl() + "\",\"username\":\""
                    + KannelProcess.USERNAME + "\",\"password\":\"" + KannelProcess.PASSWORD + "\",\"callbackBaseUrl\":\"" + deploymentUrl + "\"}}");
            assertEquals(201, reply.status(), reply.toString());
            user = fixtures.account("kannel", fixtures.lra("Through Kannel"), "");
        }
    }

    private String send(String destination, String text) {
        return client.send(user, destination, text);
    }

    private List<String> finalHistory(String id, String finalStatus) {
        try {
            return client.awaitHistoryWith(id, user, finalStatus);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "\n" + kannel.logs(), e);
        }
    }

    private static long submitsTo(String destination) {
        return smsc.submitted().stream().filter(s -> s.destination().endsWith(destination.substring(1))).count();
    }

    @Test
    void kannelsDlrsSettleEveryMessageAsTheSmscReported() {
        smsc.receiptStat("DELIVRD");
        String single = send("+447321234501", "through Kannel " + UUID.randomUUID());
        String twoParts = send("+447321234502", "two parts through Kannel " + "z".repeat(160) + " " + UUID.randomUUID());
        String unicode = send("+447321234503", "ciao \u00e8 \u20ac \uD83D\uDE00 " + UUID.randomUUID());
        for (String id : List.of(single, twoParts, unicode)) {
            assertEquals(List.of("ACCEPTED", "QUEUED", "SUBMITTED", "DELIVERED"), finalHistory(id, "DELIVERED"));
        }
        assertEquals(2, submitsTo("+447321234502"), "Kannel split the long text into two parts");
        Eventually.holds("the first message at the SMSC", () -> submitsTo("+447321234501") == 1);

        smsc.receiptStat("UNDELIV");
        try {
            String undelivered = send("+447321234504", "to a dead handset " + UUID.randomUUID());
            assertEquals(List.of("ACCEPTED", "QUEUED", "SUBMITTED", "UNDELIVERED"), finalHistory(undelivered, "UNDELIVERED"));
        } finally {
            smsc.receiptStat("DELIVRD");
        }
    }

    @Test
    void whatKannelQueuedWhileItsLinkWasDownIsDeliveredOnceAndReported() {
        smsc.refuseBinds(1_000_000);
        smsc.dropSessions();
        Eventually.holds("Kannel's link down", () -> !kannel.smscOnline());
        Map<String, String> sent = new LinkedHashMap<>();
        try {
            for (int i = 0; i < 5; i++) {
                String destination = "+4473212346" + (10 + i);
                sent.put(destination, send(destination, "queued at Kannel " + UUID.randomUUID()));
            }
            for (String id : sent.values()) {
                assertEquals(List.of("ACCEPTED", "QUEUED", "SUBMITTED"), finalHistory(id, "SUBMITTED"),
                        "Kannel answered 3: Queued for later delivery: it has the message");
            }
        } finally {
            smsc.refuseBinds(0);
        }
        for (Map.Entry<String, String> message : sent.entrySet()) {
            assertEquals(List.of("ACCEPTED", "QUEUED", "SUBMITTED", "DELIVERED"), finalHistory(message.getValue(), "DELIVERED"));
            assertEquals(1, submitsTo(message.getKey()), "delivered once: " + message.getKey());
        }
    }
}
