package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Once the API answers "accepted", a JVM crash must not lose the message, and a scheduled send or
 * campaign whose time passes while the gateway is down goes out once after the restart. This test runs Payara
 * Micro itself (Arquillian cannot kill a container), with dispatching paused so that the messages are
 * still waiting when the JVM is killed with SIGKILL; after a restart they are delivered. A dispatcher
 * that hangs (a submission slower than its lease) is fenced the same way as one that died; one that is
 * stopped with SIGTERM drains first.
 */
class CrashRecoveryIT {

    private PayaraProcess gateway;

    @AfterEach
    void stop() throws InterruptedException {
        if (gateway != null) {
            gateway.kill();
        }
    }

    @Test
    void acceptedAndScheduledSendsSurviveAKilledJvm() throws Exception {
        Path dataDir = Files.createTempDirectory(Path.of("target"), "crash-");
        int port = PayaraProcess.freePort();
        gateway = start(dataDir, port, 0).awaitReady();
        GatewayClient client = gateway.client();
        Fixtures fixtures = new Fixtures(client);
        String user = fixtures.account("crash", fixtures.lra("Crash"), "");
        List<String> ids = send(client, user, 20, i -> TestNumbers.italianMobile(), "crash");
        // Sends due while the gateway is down: released once after the restart, never twice, never lost.
        String key = fixtures.apiKey(user, "create:SingleSMS", "create:Campaign", "read:Campaign");
        String sendAt = Instant.now().plusSeconds(15).toString();
        List<String> scheduled = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            GatewayClient.Reply reply = client.post("send/single", key, "{\"text\":\"scheduled " + UUID.randomUUID()
                    + "\",\"originator\":\"Acme\",\"recipient\":\"" + TestNumbers.italianMobile() + "\",\"scheduleDateTime\":\"" + sendAt + "\"}");
            assertEquals(200, reply.status(), reply.toString());
            scheduled.add(reply.json().getJsonObject("record").getString("id"));
        }
        GatewayClient.Reply campaign = client.post("send/campaign", key, "{\"text\":\"campaign " + UUID.randomUUID()
                + "\",\"originator\":\"Acme\",\"scheduleDateTime\":\"" + sendAt + "\",\"recipients\":[\""
                + TestNumbers.italianMobile() + "\",\"" + TestNumbers.italianMobile() + "\"]}");
        assertEquals(200, campaign.status(), campaign.toString());
        String campaignId = campaign.json().getJsonObject("record").getString("id");
        gateway.kill();

        gateway = start(dataDir, port, 64).awaitReady();
        for (String id : ids) {
            client.awaitStatus(id, user, "DELIVERED");
        }
        for (String id : scheduled) {
            List<String> steps = Eventually.until("scheduled message " + id + " delivered", () -> client.statusHistory(id, user),
                    history -> history.contains("DELIVERED"));
            assertEquals(List.of("SCHEDULED", "ACCEPTED", "QUEUED", "SUBMITTED", "DELIVERED"), steps, "scheduled message " + id);
        }
        JsonObject progress = Eventually.until("campaign " + campaignId + " delivered",
                () -> client.get("campaigns/" + campaignId, key).json().getJsonObject("record").getJsonObject("progress"),
                p -> p.getInt("delivered") == 2);
        assertEquals(2, progress.getInt("sent"), progress.toString());
    }

    @Test
    void sendsInFlightWhenTheJvmIsKilledBecomeUncertainAndAreSettledNotBlindlyResent() throws Exception {
        try (SmppTestServer smsc = new SmppTestServer()) {
            // A slow SMSC: each submit_sm is answered after 2 s, its receipt comes after 200 ms (before the answer).
            smsc.respondAfter(2_000);
            Path dataDir = Files.createTempDirectory(Path.of("target"), "crash-in-flight-");
            int port = PayaraProcess.freePort();
            List<String> settings = withSmsc(smsc, "+4478", "gateway.provider.smsc.throughput=100",
                    "gateway.provider.smsc.settings.window=8", "gateway.provider.smsc.settings.uncertainWaitSeconds=4",
                    "gateway.dispatch.lease-seconds=5");
            gateway = start(dataDir, port, 64, settings).awaitReady();
            GatewayClient client = gateway.client();
            Fixtures fixtures = new Fixtures(client);
            String user = fixtures.account("inflight", fixtures.lra("In flight"), "");
            List<String> ids = send(client, user, 16, i -> "+4478123456" + (20 + i), "in flight");
            Eventually.holds("submits in flight at the SMSC", () -> smsc.submitted().size() >= 4);
            gateway.kill();
            int takenBeforeTheCrash = smsc.submitted().size();

            gateway = start(dataDir, port, 64, settings).awaitReady();
            int uncertain = 0;
            for (String id : ids) {
                List<String> history = Eventually.until("message " + id + " delivered after the restart", () -> client.statusHistory(id, user),
                        steps -> steps.contains("DELIVERED"));
                uncertain += history.contains("UNCERTAIN") ? 1 : 0;
            }
            long copies = smsc.submitted().size();
            long duplicates = copies - ids.size();
            // Uncertain: every message being handed over when the JVM died (at most the dispatch window). Sent
            // twice: only those the SMSC had taken and whose receipt did not settle them first, at most its window (8).
            assertTrue(uncertain >= 1, "some messages were in flight at the crash");
            assertTrue(duplicates >= 0 && duplicates <= 8, copies + " submits for " + ids.size() + " messages, "
                    + uncertain + " uncertain, " + takenBeforeTheCrash + " taken before the crash");
            assertTrue(Files.readString(dataDir.resolve("payara.log")).contains("when their dispatcher stopped"),
                    "the log counts the messages left uncertain");
        }
    }

    @Test
    void aSubmissionSlowerThanItsLeaseIsFencedAndSentOnce() throws Exception {
        try (SmppTestServer smsc = new SmppTestServer()) {
            // Each submit_sm is answered after 9 s, long after the 2 s lease ran out; the answer still comes in time.
            smsc.respondAfter(9_000);
            Path dataDir = Files.createTempDirectory(Path.of("target"), "lease-");
            List<String> settings = withSmsc(smsc, "+4479", "gateway.provider.smsc.throughput=100",
                    "gateway.provider.smsc.settings.responseTimeoutMillis=15000", "gateway.dispatch.lease-seconds=2");
            gateway = start(dataDir, PayaraProcess.freePort(), 64, settings).awaitReady();
            GatewayClient client = gateway.client();
            Fixtures fixtures = new Fixtures(client);
            String user = fixtures.account("slow", fixtures.lra("Slow SMSC"), "");
            List<String> ids = send(client, user, 3, i -> "+4479123456" + (30 + i), "slower than the lease");
            for (String id : ids) {
                List<String> history = Eventually.until("message " + id + " delivered", () -> client.statusHistory(id, user),
                        steps -> steps.contains("DELIVERED"));
                // The lease ran out with the intent recorded: UNCERTAIN, never claimed again. Then either the late
                // answer (SUBMITTED) or the receipt that overtook it (matched by its recipient) settles it.
                assertEquals(List.of("ACCEPTED", "QUEUED", "UNCERTAIN"), history.subList(0, 3), history.toString());
                assertEquals("DELIVERED", history.get(history.size() - 1), history.toString());
                assertEquals(1, history.stream().filter("QUEUED"::equals).count(), "never queued again: " + history);
            }
            assertEquals(3, smsc.submitted().size(), "each message reached the SMSC once");
        }
    }

    /**
     * SIGTERM, as an orchestrator stops the gateway: during the server's grace period readiness is DOWN,
     * new sends get each dialect's own "unavailable" answer, the submissions in flight finish, the drain
     * is reported, and after the restart every accepted message is delivered once.
     */
    @Test
    void aTerminatedGatewayDrainsItsWorkAndRefusesNewSendsInEachDialect() throws Exception {
        try (SmppTestServer smsc = new SmppTestServer()) {
            smsc.respondAfter(2_000); // submissions are in flight when SIGTERM comes
            Path dataDir = Files.createTempDirectory(Path.of("target"), "shutdown-");
            int port = PayaraProcess.freePort();
            List<String> settings = withSmsc(smsc, "+4477", "fish.payara.shutdowngrace=15000", "gateway.shutdown.drain-seconds=8");
            Path log = dataDir.resolve("payara.log");
            gateway = start(dataDir, port, 64, settings).awaitReady();
            GatewayClient client = gateway.client();
            Fixtures fixtures = new Fixtures(client);
            String user = fixtures.account("draining", fixtures.lra("Draining"), "");
            String key = fixtures.apiKey(user, "create:SingleSMS");
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                GatewayClient.Reply reply = client.post("api/Services/send", user, "{\"destination\":\"+4477123456" + (40 + i)
                        + "\",\"text\":\"before the end " + UUID.randomUUID() + "\"}");
                assertEquals(200, reply.status(), reply.toString());
                ids.add(reply.json().getString("id"));
            }
            Eventually.holds("submissions in flight", () -> !smsc.submitted().isEmpty());

            gateway.terminate();
            Eventually.until("readiness DOWN", () -> client.getAbsolute(client.serverRoot().resolve("/health/ready")).status(),
                    status -> status == 503, Duration.ofSeconds(5));
            GatewayClient.Reply namirial = client.post("api/Services/send", user, "{\"destination\":\"+447712345699\",\"text\":\"too late\"}");
            assertEquals(500, namirial.status(), namirial.toString());
            assertEquals(64, namirial.json().getInt("code"), namirial.toString());
            GatewayClient.Reply singleSms = client.post("send/single", key, "{\"text\":\"too late\",\"recipient\":\"+447712345698\"}");
            assertEquals(503, singleSms.status(), singleSms.toString());
            assertEquals("ServiceUnavailableError", singleSms.json().getJsonObject("error").getString("name"), singleSms.toString());

            assertTrue(gateway.awaitExit(Duration.ofSeconds(60)), "the JVM ends after its grace period");
            String written = Files.readString(log);
            assertTrue(written.contains("Shutting down: readiness is DOWN"), "the drain is logged");
            assertTrue(written.contains("Drained: nothing left in flight"), "the submissions in flight finished within the drain time");

            smsc.respondAfter(0);
            gateway = start(dataDir, port, 64, settings).awaitReady();
            for (String id : ids) {
                client.awaitStatus(id, user, "DELIVERED");
            }
            for (int i = 0; i < 3; i++) {
                String destination = "4477123456" + (40 + i);
                assertEquals(1, smsc.submitted().stream().filter(s -> s.destination().equals(destination)).count(), "sent once: " + destination);
            }
        }
    }

    /**
     * The throughput path under a crash: 32 clients send as fast as the gateway answers (group commits
     * of accepts, dispatch journal, SMSC window full) and the JVM is killed once 1,000 sends were
     * acknowledged, with requests, submissions and receipts in flight. After the restart every
     * acknowledged message is delivered and reached the SMSC exactly once; the messages stored whose
     * answer never reached a client are whole (they are delivered too) and none was sent twice.
     */
    @Test
    void aThousandAcknowledgedSendsSurviveAKillUnderLoadEachDeliveredOnce() throws Exception {
        try (SmppTestServer smsc = new SmppTestServer()) {
            // Each submit_sm takes 100 ms to answer, the whole window at once: at any moment of the load some
            // submissions are between their intent and their answer, so the kill always catches some.
            smsc.processConcurrently(32);
            smsc.respondAfter(100);
            Path dataDir = Files.createTempDirectory(Path.of("target"), "crash-under-load-");
            int port = PayaraProcess.freePort();
            // Receipts of submissions taken before the crash reach the restarted gateway (the SMSC keeps them for
            // the next bind) and settle what became UNCERTAIN; only what the SMSC never took is sent again.
            List<String> settings = withSmsc(smsc, "+4479", "gateway.provider.smsc.throughput=5000",
                    "gateway.provider.smsc.settings.window=32", "gateway.provider.smsc.settings.uncertainWaitSeconds=20",
                    "gateway.dispatch.lease-seconds=5", "gateway.antiflood.account.max-messages=100000");
            gateway = start(dataDir, port, 64, settings).awaitReady();
            GatewayClient client = gateway.client();
            Fixtures fixtures = new Fixtures(client);
            String user = fixtures.account("underload", fixtures.lra("Under load"), "");

            Map<String, String> acknowledged = new ConcurrentHashMap<>();
            AtomicInteger numbers = new AtomicInteger(10_000_000);
            AtomicBoolean sending = new AtomicBoolean(true);
            ExecutorService clients = Executors.newFixedThreadPool(32);
            for (int c = 0; c < 32; c++) {
                clients.execute(() -> {
                    while (sending.get()) {
                        String destination = "+4479" + numbers.incrementAndGet();
                        try {
                            GatewayClient.Reply reply = client.post("api/Services/send", user,
                                    "{\"destination\":\"" + destination + "\",\"text\":\"under load " + UUID.randomUUID() + "\"}");
                            if (reply.status() == 200) {
                                acknowledged.put(reply.json().getString("id"), destination);
                            }
                        } catch (RuntimeException connectionLost) {
                            return;
                        }
                    }
                });
            }
            Eventually.holds("1,000 sends acknowledged", () -> acknowledged.size() >= 1_000);
            gateway.kill();
            sending.set(false);
            clients.shutdown();
            assertTrue(clients.awaitTermination(60, TimeUnit.SECONDS), "the clients stopped");
            Map<String, String> answered = Map.copyOf(acknowledged);

            gateway = start(dataDir, port, 64, settings).awaitReady();
            Map<String, String> stored = Eventually.until("every stored message settled", () -> statusesOf(client, user),
                    statuses -> statuses.values().stream().allMatch(status -> status.equals("DELIVERED")), Duration.ofMinutes(3));
            assertTrue(stored.keySet().containsAll(answered.keySet()), "every acknowledged message is stored");
            Map<String, Long> submitsPerDestination = smsc.submitted().stream()
                    .collect(Collectors.groupingBy(submitted -> "+" + submitted.destination(), Collectors.counting()));
            for (Map.Entry<String, String> message : answered.entrySet()) {
                assertEquals(1L, submitsPerDestination.getOrDefault(message.getValue(), 0L), "message " + message.getKey()
                        + " to " + message.getValue() + " reached the SMSC once");
            }
            assertEquals(stored.size(), submitsPerDestination.size(), "every stored message, answered or not, reached the SMSC");
            assertTrue(submitsPerDestination.values().stream().allMatch(copies -> copies == 1), "nothing was sent twice");
            assertTrue(Files.readString(dataDir.resolve("payara.log")).contains("when their dispatcher stopped"),
                    "the JVM died with submissions in flight (they became UNCERTAIN and were settled by their receipts)");
        }
    }

    /** Every message of the account with its status, through the operator's message search (all pages). */
    private static Map<String, String> statusesOf(GatewayClient client, String user) {
        String account = Fixtures.username(user);
        Map<String, String> statuses = new HashMap<>();
        String after = "";
        while (true) {
            GatewayClient.Reply page = client.get("manage/messages?limit=200&account=" + account + after, Fixtures.adminAuthorization());
            assertEquals(200, page.status(), page.toString());
            page.json().getJsonArray("messages").getValuesAs(JsonObject.class)
                    .forEach(message -> statuses.put(message.getString("id"), message.getString("status")));
            if (!(page.json().get("next") instanceof JsonObject next)) {
                return statuses;
            }
            after = "&afterTime=" + URLEncoder.encode(next.getString("createdAt"), StandardCharsets.UTF_8)
                    + "&afterId=" + URLEncoder.encode(next.getString("id"), StandardCharsets.UTF_8);
        }
    }

    /** Sends {@code count} messages through the Namirial API, each accepted, and returns their ids. */
    private static List<String> send(GatewayClient client, String user, int count, IntFunction<String> destination, String text) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            GatewayClient.Reply reply = client.post("api/Services/send", user,
                    "{\"destination\":\"" + destination.apply(i) + "\",\"text\":\"" + text + " " + UUID.randomUUID() + "\"}");
            assertEquals(200, reply.status(), reply.toString());
            ids.add(reply.json().getString("id"));
        }
        return ids;
    }

    /**
     * Settings of a gateway with the simulator and an SMPP provider "smsc" at the test SMSC for the
     * numbers under {@code prefix} (the test SMSC writes receipt ids in decimal), then {@code more}. The
     * simulator serves none of those numbers: while the SMSC is not bound (after a restart, or when it
     * drops the link) nothing may fail over to it, or "sent once" could not be counted at the SMSC.
     */
    private static List<String> withSmsc(SmppTestServer smsc, String prefix, String... more) {
        List<String> settings = new ArrayList<>(List.of("gateway.providers=simulator,smsc", "gateway.provider.simulator.prefixes=+39",
                "gateway.provider.smsc.type=SMPP", "gateway.provider.smsc.prefixes=" + prefix,
                "gateway.provider.smsc.settings.host=127.0.0.1", "gateway.provider.smsc.settings.port=" + smsc.port(),
                "gateway.provider.smsc.settings.systemId=gateway", "gateway.provider.smsc.settings.password=secret",
                "gateway.provider.smsc.settings.receiptIdFormat=decimal-in-receipts"));
        settings.addAll(List.of(more));
        return settings;
    }

    private static PayaraProcess start(Path dataDir, int port, int dispatchWindow) throws IOException {
        return start(dataDir, port, dispatchWindow, List.of());
    }

    private static PayaraProcess start(Path dataDir, int port, int dispatchWindow, List<String> extraSettings) throws IOException {
        List<String> settings = new ArrayList<>(List.of(
                "gateway.db.url=jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("gateway")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0",
                "gateway.dispatch.window=" + dispatchWindow,
                "gateway.simulator.delivery-delay-ms=100"));
        settings.addAll(extraSettings);
        return PayaraProcess.start(port, settings, dataDir.resolve("payara.log"));
    }
}
