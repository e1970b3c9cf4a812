package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * SMSCs that misbehave the ways real ones do, over real TCP: submit_sm left unanswered, ids written
 * one way in answers and another in receipts, receipts that overtake their answer. Every message's
 * final status must be what the SMSC did with it, and nothing is sent twice unless the provider's
 * documented uncertain-outcome policy says so.
 */
class MisbehavingSmscDeliveryIT extends GatewayIntegrationTest {

    private static SmppTestServer congested;
    private static SmppTestServer silent;
    private static SmppTestServer decimal;
    private static SmppTestServer split;
    private static SmppTestServer forgetful;
    private static SmppTestServer dropping;
    private static String user;
    private String admin;

    @BeforeAll
    static void startSmscs() throws Exception {
        congested = new SmppTestServer();
        silent = new SmppTestServer();
        decimal = new SmppTestServer();
        // Its receipts may come before its answers, each answer then waiting for the gateway to store the receipt:
        // with jSMPP's three PDUs at a time, five sends took two such rounds, too close to the 1 s answer timeout
        // on a busy machine. An SMSC works on its whole window at once.
        decimal.processConcurrently(8);
        split = new SmppTestServer();
        forgetful = new SmppTestServer();
        dropping = new SmppTestServer();
    }

    @AfterAll
    static void stopSmscs() throws Exception {
        for (SmppTestServer smsc : List.of(congested, silent, decimal, split, forgetful, dropping)) {
            smsc.close();
        }
    }

    @BeforeEach
    void prepare() {
        admin = Fixtures.adminAuthorization();
        if (user == null) {
            provider("smsc-congested", "+44781", congested, "\"receiptIdFormat\":\"decimal-in-receipts\"");
            provider("smsc-silent-resend", "+447821", silent, "\"uncertainOutcome\":\"resend\",\"uncertainWaitSeconds\":\"2\"");
            provider("smsc-silent-unknown", "+447822", silent, "\"uncertainOutcome\":\"unknown\",\"uncertainWaitSeconds\":\"2\"");
            provider("smsc-decimal", "+44783", decimal, "\"receiptIdFormat\":\"same\"");
            provider("smsc-split", "+44784", split, "\"bindType\":\"TX_RX\",\"reconnectMaxSeconds\":\"1\",\"receiptIdFormat\":\"decimal-in-receipts\"");
            provider("smsc-forgetful", "+44785", forgetful, "\"querySmAfterSeconds\":\"1\"");
            provider("smsc-dropping", "+44786", dropping, "\"reconnectMaxSeconds\":\"1\"");
            user = fixtures.account("misbehaving", fixtures.lra("Misbehaving SMSCs"), "");
        }
    }

    private void provider(String name, String prefix, SmppTestServer smsc, String extraSettings) {
        GatewayClient.Reply reply = client.post("manage/providers", admin, "{\"name\":\"" + name + "\",\"type\":\"SMPP\",\"prefixes\":[\""
                + prefix + "\"],\"throughput\":200,\"settings\":{\"host\":\"127.0.0.1\",\"port\":\"" + smsc.port() + "\","
                + "\"systemId\":\"gateway\",\"password\":\"secret\",\"responseTimeoutMillis\":\"1000\",\"circuitFailures\":\"100\","
                + extraSettings + "}}");
        assertEquals(201, reply.status(), reply.toString());
        Eventually.holds(name + " bound", () -> client.get("manage/providers/" + name, admin).json().getBoolean("available"));
    }

    private String send(String destination) {
        return send(destination, "truth " + UUID.randomUUID());
    }

    private String send(String destination, String text) {
        return client.send(user, destination, text);
    }

    private List<String> finalHistory(String id, String finalStatus) {
        return client.awaitHistoryWith(id, user, finalStatus);
    }

    private static long submitsTo(SmppTestServer smsc, String destination) {
        return smsc.submitted().stream().filter(s -> ("+" + s.destination()).equals(destination)).count();
    }

    @Test
    void anUnansweredSubmitIsUncertainNeverRejectedAndItsReceiptSettlesIt() {
        congested.leaveUnansweredEvery(3, true);
        try {
            Map<String, String> sent = new java.util.LinkedHashMap<>();
            for (int i = 0; i < 6; i++) {
                String destination = "+4478123456" + (10 + i);
                sent.put(destination, send(destination));
            }
            int uncertain = 0;
            for (Map.Entry<String, String> message : sent.entrySet()) {
                List<String> history = finalHistory(message.getValue(), "DELIVERED");
                assertTrue(!history.contains("REJECTED") && !history.contains("UNKNOWN"), history.toString());
                uncertain += history.contains("UNCERTAIN") ? 1 : 0;
                assertEquals(1, submitsTo(congested, message.getKey()), "sent once: " + message.getKey() + " " + history);
            }
            assertEquals(2, uncertain, "every third submit_sm was left unanswered");
        } finally {
            congested.leaveUnansweredEvery(0, true);
        }
    }

    @Test
    void anUncertainMessageWithoutReceiptFollowsItsProvidersPolicy() {
        silent.leaveUnansweredEvery(1, false);
        String resent = send("+447821234567");
        String givenUp = send("+447822234567");
        List<String> resentHistory = finalHistory(resent, "UNKNOWN");
        assertEquals(List.of("ACCEPTED", "QUEUED", "UNCERTAIN", "QUEUED", "UNCERTAIN", "UNKNOWN"), resentHistory,
                "resend policy: sent once more, then given up");
        assertEquals(2, submitsTo(silent, "+447821234567"), "at-least-once: exactly one more copy");
        assertEquals(List.of("ACCEPTED", "QUEUED", "UNCERTAIN", "UNKNOWN"), finalHistory(givenUp, "UNKNOWN"));
        assertEquals(1, submitsTo(silent, "+447822234567"), "unknown policy: never sent again");
        assertEquals("OUTCOME_UNKNOWN", client.messageStatus(givenUp, user).getString("errorCode"));
    }

    @Test
    void aReceiptIdIsNeverReadAsAnotherMessagesId() {
        // Decimal ids in answers and receipts; receipt "27" says UNDELIV. Read as hex it would be 39, another message.
        decimal.decimalSubmitIds(true);
        decimal.receiptIdsLikeSubmitIds(true);
        decimal.startIdsAt(20);
        decimal.statById(id -> id == 27 ? "UNDELIV" : "DELIVRD");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            ids.add(send("+447831234" + (500 + i)));
        }
        Eventually.holds("25 submits at the SMSC", () -> decimal.submitted().size() >= 25);
        Map<String, String> smscIdByDestination = decimal.submitted().stream()
                .collect(Collectors.toMap(s -> "+" + s.destination(), SmppTestServer.Submitted::messageId));
        for (int i = 0; i < ids.size(); i++) {
            String smscId = smscIdByDestination.get("+447831234" + (500 + i));
            String expected = "27".equals(smscId) ? "UNDELIVERED" : "DELIVERED";
            List<String> history = finalHistory(ids.get(i), expected);
            assertEquals(expected, history.get(history.size() - 1), "SMSC id " + smscId + ": " + history);
        }
    }

    @Test
    void aReceiptThatOvertakesItsAnswerIsKeptAndApplied() {
        decimal.receiptsBeforeResponse(true);
        decimal.statById(null);
        try {
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                ids.add(send("+447831235" + (600 + i)));
            }
            for (String id : ids) {
                List<String> history = finalHistory(id, "DELIVERED");
                assertEquals(List.of("ACCEPTED", "QUEUED", "SUBMITTED", "DELIVERED"), history);
            }
        } finally {
            decimal.receiptsBeforeResponse(false);
        }
    }

    @Test
    void aReceiverThatAloneDropsIsReboundAndRefusedBindsDoNotMultiplyTheRetries() throws InterruptedException {
        Eventually.holds("the receiver bound", () -> split.openReceivers() == 1);
        int binds = split.binds();
        split.refuseBinds(4);
        split.dropReceiverSessions();
        Eventually.holds("the receiver bound again after four refusals", () -> split.openReceivers() == 1);
        // One reconnect loop: four refusals and one success, not a doubling of attempts per refusal.
        Thread.sleep(3_000);
        assertEquals(binds + 1, split.binds(), "only the receiver was bound again; the transmitter was kept");
        assertTrue(split.bindAttempts() <= binds + 1 + 4 + 2, "bind attempts: " + split.bindAttempts());
        List<String> history = finalHistory(send("+447841234567"), "DELIVERED");
        assertEquals("DELIVERED", history.get(history.size() - 1), "its receipt came over the new receiver");
    }

    @Test
    void aMessageWhoseLaterPartWentUnansweredIsNeverSentAgain() {
        silent.leaveUnansweredEvery(2, false); // the first part is answered, the second is not
        try {
            String destination = "+447821234570";
            String id = send(destination, "two parts " + "y".repeat(160) + " " + UUID.randomUUID());
            assertEquals(List.of("ACCEPTED", "QUEUED", "UNCERTAIN", "UNKNOWN"), finalHistory(id, "UNKNOWN"),
                    "part 1 is at the carrier: even the resend policy may not send the message again");
            assertEquals(2, submitsTo(silent, destination), "two parts, each sent once");
            assertEquals("OUTCOME_UNKNOWN", client.messageStatus(id, user).getString("errorCode"));
        } finally {
            silent.leaveUnansweredEvery(1, false);
        }
    }

    @Test
    void aReceiptTheSmscNeverSentIsLearnedWithQuerySm() {
        forgetful.withholdReceipts(true);
        forgetful.receiptStat("DELIVRD");
        String delivered = send("+447851234501");
        Eventually.holds("the first message at the SMSC", () -> submitsTo(forgetful, "+447851234501") == 1);
        forgetful.receiptStat("UNDELIV");
        String undelivered = send("+447851234502");
        assertEquals(List.of("ACCEPTED", "QUEUED", "SUBMITTED", "DELIVERED"), finalHistory(delivered, "DELIVERED"));
        assertEquals(List.of("ACCEPTED", "QUEUED", "SUBMITTED", "UNDELIVERED"), finalHistory(undelivered, "UNDELIVERED"));
        assertTrue(forgetful.queries() >= 2, "asked with query_sm: " + forgetful.queries());
    }

    @Test
    void submitsInFlightWhenTheLinkDropsAreUncertainAndSettledByTheirReceiptsAfterTheRebind() {
        dropping.respondAfter(1_500);
        Map<String, String> sent = new java.util.LinkedHashMap<>();
        try {
            for (int i = 0; i < 3; i++) {
                String destination = "+4478612345" + (10 + i);
                sent.put(destination, send(destination));
            }
            Eventually.holds("three submit_sm at the SMSC", () -> sent.keySet().stream().allMatch(d -> submitsTo(dropping, d) == 1));
            dropping.dropSessions(); // the answers are never written; the receipts come over the next bind
        } finally {
            dropping.respondAfter(0);
        }
        for (Map.Entry<String, String> message : sent.entrySet()) {
            List<String> history = finalHistory(message.getValue(), "DELIVERED");
            assertTrue(history.contains("UNCERTAIN") && !history.contains("REJECTED"), history.toString());
            assertEquals(1, submitsTo(dropping, message.getKey()), "never sent again: " + history);
        }
    }

    @Test
    void aReceiptThatMatchesNothingIsShownToTheOperatorAndDroppedAfterItsTime() throws Exception {
        String id = decimal.sendStrayReceipt("447831239999", "DELIVRD").substring(0, 11); // "id:9......."
        jakarta.json.JsonObject kept = Eventually.until("the stray receipt kept", () -> client.get("manage/receipts/unmatched", admin)
                .array().stream().map(jakarta.json.JsonValue::asJsonObject)
                .filter(r -> r.getString("text", "").startsWith(id)).findFirst(), java.util.Optional::isPresent).orElseThrow();
        assertEquals("smsc-decimal", kept.getString("provider"));
        assertEquals("DELIVERED", kept.getString("status"));
        Eventually.holds("dropped after gateway.dispatch.unmatched-receipt-keep-seconds", () -> client.get("manage/receipts/unmatched", admin)
                .array().stream().noneMatch(r -> r.asJsonObject().getString("text", "").startsWith(id)));
    }
}
