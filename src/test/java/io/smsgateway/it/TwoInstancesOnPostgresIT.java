package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two gateway instances on one PostgreSQL (the Arquillian-deployed one and a second Payara Micro),
 * both configured with {@code gateway.cluster.instances=2}: scheduled sends go out exactly once, and
 * the flood limits and a provider's throughput hold for the two together.
 */
@ExtendWith({EmbeddedPostgresExtension.class, ArquillianExtension.class})
@RunAsClient
class TwoInstancesOnPostgresIT {

    private static final int MESSAGES = 20;

    @ArquillianResource
    private URL deploymentUrl;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.gateway();
    }

    private static Path work;
    private static PayaraProcess second;

    @BeforeAll
    static void startSecondInstance() throws Exception {
        work = Files.createTempDirectory(Path.of("target"), "second-instance-");
        second = PayaraProcess.start(PayaraProcess.freePort(), List.of(
                "gateway.db.url=jdbc:postgresql://localhost:" + EmbeddedPostgresExtension.PORT + "/postgres",
                "gateway.db.user=postgres", "gateway.db.password=postgres", "gateway.simulator.delivery-delay-ms=300",
                "gateway.cluster.instances=2"), work.resolve("payara.log"));
        second.awaitReady();
    }

    @AfterAll
    static void stopSecondInstance() throws InterruptedException {
        if (second != null) {
            second.close();
        }
    }

    /**
     * The second instance learns of the schedule only through its minute planning run, so the send
     * time is put just after the next minute boundary, where both instances have a timer.
     */
    @Test
    void aScheduledMessageIsSentByExactlyOneInstance() throws Exception {
        GatewayClient first = new GatewayClient(deploymentUrl);
        Fixtures fixtures = new Fixtures(first);
        String account = fixtures.account("twins", fixtures.lra("Two instances"), "");
        String key = fixtures.apiKey(account, "create:SingleSMS");

        Instant now = Instant.now();
        Instant nextMinute = now.truncatedTo(ChronoUnit.MINUTES).plus(1, ChronoUnit.MINUTES);
        Instant sendAt = (Duration.between(now, nextMinute).getSeconds() < 10 ? nextMinute.plus(1, ChronoUnit.MINUTES) : nextMinute)
                .plusSeconds(5);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < MESSAGES; i++) {
            GatewayClient.Reply reply = first.post("send/single", key, "{\"text\":\"twins " + UUID.randomUUID() + "\",\"originator\":\"Acme\","
                    + "\"recipient\":\"" + TestNumbers.italianMobile() + "\",\"scheduleDateTime\":\"" + sendAt + "\"}");
            assertEquals(200, reply.status(), reply.toString());
            ids.add(reply.json().getJsonObject("record").getString("id"));
        }

        for (String id : ids) {
            List<String> steps = Eventually.until("message " + id + " delivered", () -> first.statusHistory(id, account),
                    history -> history.contains("DELIVERED"), Duration.between(Instant.now(), sendAt).plus(Eventually.PATIENCE));
            assertEquals(List.of("SCHEDULED", "ACCEPTED", "QUEUED", "SUBMITTED", "DELIVERED"), steps, "message " + id);
        }
        assertTrue(Files.readString(work.resolve("payara.log")).contains("Timers set for"),
                "the second instance held a timer for the send time too");
    }

    @Test
    void theFloodLimitsHoldForTheTwoInstancesTogether() {
        GatewayClient first = new GatewayClient(deploymentUrl);
        GatewayClient other = second.client();
        Fixtures fixtures = new Fixtures(first);
        String account = fixtures.account("flooding-twins", fixtures.lra("Flooding two instances"), "");
        String destination = TestNumbers.italianMobile();
        int accepted = 0;
        for (int i = 0; i < 16; i++) {
            GatewayClient via = i % 2 == 0 ? first : other;
            GatewayClient.Reply reply = via.post("api/Services/send", account, "{\"destination\":\"" + destination
                    + "\",\"text\":\"flood " + i + " " + UUID.randomUUID() + "\"}");
            if (reply.status() == 200) {
                accepted++;
            } else {
                assertEquals(500, reply.status(), reply.toString());
                assertEquals(60, reply.json().getInt("code"), reply.toString());
            }
        }
        // 10 per destination per minute for the cluster: each of the two instances allows its share of 5.
        assertEquals(10, accepted);
    }

    @Test
    void eachInstanceSendsAtHalfOfAProvidersContractedThroughput() {
        GatewayClient first = new GatewayClient(deploymentUrl);
        Fixtures fixtures = new Fixtures(first);
        GatewayClient.Reply created = first.post("manage/providers", fixtures.adminAuth(), "{\"name\":\"twins-carrier\","
                + "\"type\":\"SIMULATOR\",\"prefixes\":[\"+88299\"],\"throughput\":300}");
        assertEquals(201, created.status(), created.toString());

        for (GatewayClient instance : List.of(first, second.client())) {
            JsonObject figures = Eventually.until("twins-carrier running on " + instance.serverRoot(),
                    () -> instance.get("manage/providers/twins-carrier", fixtures.adminAuth()).json(),
                    provider -> provider.get("figures") instanceof JsonObject, Eventually.PATIENCE).getJsonObject("figures");
            assertEquals(300, figures.getInt("throughputLimit"));
            assertEquals(150, figures.getInt("throughputShare"), "on " + instance.serverRoot());
        }
        assertEquals(200, first.delete("manage/providers/twins-carrier", fixtures.adminAuth()).status());
    }
}
