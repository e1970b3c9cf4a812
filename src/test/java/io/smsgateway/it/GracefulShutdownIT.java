package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * SIGTERM, as an orchestrator stops the gateway: during the server's grace period readiness is DOWN,
 * new sends get each dialect's own "unavailable" answer, the submissions in flight finish, the drain
 * is reported, and after the restart every accepted message is delivered once.
 */
class GracefulShutdownIT {

    private PayaraProcess gateway;

    @AfterEach
    void stop() throws InterruptedException {
        if (gateway != null) {
            gateway.kill();
        }
    }

    @Test
    void aTerminatedGatewayDrainsItsWorkAndRefusesNewSendsInEachDialect() throws Exception {
        try (SmppTestServer smsc = new SmppTestServer()) {
            smsc.respondAfter(2_000); // submissions are in flight when SIGTERM comes
            Path dataDir = Files.createTempDirectory(Path.of("target"), "shutdown-");
            int port = PayaraProcess.freePort();
            List<String> settings = List.of(
                    "gateway.db.url=jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("gateway")
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0",
                    "fish.payara.shutdowngrace=15000", "gateway.shutdown.drain-seconds=8",
                    "gateway.providers=simulator,smsc", "gateway.provider.smsc.type=SMPP", "gateway.provider.smsc.prefixes=+4477",
                    "gateway.provider.smsc.settings.host=127.0.0.1", "gateway.provider.smsc.settings.port=" + smsc.port(),
                    "gateway.provider.smsc.settings.systemId=gateway", "gateway.provider.smsc.settings.password=secret",
                    "gateway.provider.smsc.settings.receiptIdFormat=decimal-in-receipts");
            Path log = dataDir.resolve("payara.log");
            gateway = PayaraProcess.start(port, settings, log).awaitReady();
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
            gateway = PayaraProcess.start(port, settings, log).awaitReady();
            for (String id : ids) {
                client.awaitStatus(id, user, "DELIVERED");
            }
            for (int i = 0; i < 3; i++) {
                String destination = "4477123456" + (40 + i);
                assertEquals(1, smsc.submitted().stream().filter(s -> s.destination().equals(destination)).count(), "sent once: " + destination);
            }
        }
    }
}
