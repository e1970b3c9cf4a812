package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two gateway instances on one PostgreSQL, both with timers for the same scheduled sends: every
 * message goes out exactly once. The second instance learns of the schedule only through its
 * minute planning run, so the send time is put just after the next minute boundary, where both
 * instances have a timer.
 */
@ExtendWith({EmbeddedPostgresExtension.class, ArquillianExtension.class})
@RunAsClient
class ScheduledOnTwoInstancesPostgresIT {

    private static final int MESSAGES = 20;

    @ArquillianResource
    private URL deploymentUrl;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.gateway();
    }

    @Test
    void aScheduledMessageIsSentByExactlyOneInstance() throws Exception {
        Path work = Files.createTempDirectory(Path.of("target"), "second-instance-");
        try (PayaraProcess second = PayaraProcess.start(PayaraProcess.freePort(), List.of(
                "gateway.db.url=jdbc:postgresql://localhost:" + EmbeddedPostgresExtension.PORT + "/postgres",
                "gateway.db.user=postgres", "gateway.db.password=postgres", "gateway.simulator.delivery-delay-ms=300"),
                work.resolve("payara.log"))) {
            second.awaitReady();
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
    }
}
