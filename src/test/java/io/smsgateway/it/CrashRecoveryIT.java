package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Once the API answers "accepted", a JVM crash must not lose the message, and a scheduled send or
 * campaign whose time passes while the gateway is down goes out once after the restart. This test runs Payara
 * Micro itself (Arquillian cannot kill a container), with dispatching paused so that the messages are
 * still waiting when the JVM is killed with SIGKILL; after a restart they are delivered.
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
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            GatewayClient.Reply reply = client.post("api/Services/send", user,
                    "{\"destination\":\"" + TestNumbers.italianMobile() + "\",\"text\":\"crash " + UUID.randomUUID() + "\"}");
            assertEquals(200, reply.status(), reply.toString());
            ids.add(reply.json().getString("id"));
        }
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

    private static PayaraProcess start(Path dataDir, int port, int dispatchWindow) throws IOException {
        return PayaraProcess.start(port, List.of(
                "gateway.db.url=jdbc:h2:file:" + dataDir.toAbsolutePath().resolve("gateway")
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0",
                "gateway.dispatch.window=" + dispatchWindow,
                "gateway.simulator.delivery-delay-ms=100"), dataDir.resolve("payara.log"));
    }
}
