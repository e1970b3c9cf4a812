package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The business metrics Prometheus scrapes, read before and after messages go through the gateway. */
class MetricsIT extends GatewayIntegrationTest {

    /** The sum of the samples of {@code metric} whose labels include every one of {@code labels} (name="value"). */
    private static double value(String scrape, String metric, String... labels) {
        return Arrays.stream(scrape.split("\n"))
                .filter(line -> line.startsWith(metric + "{") || line.startsWith(metric + " "))
                .filter(line -> Arrays.stream(labels).allMatch(line::contains))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }

    private String scrape() {
        GatewayClient.Reply reply = client.get("prometheus", null);
        assertEquals(200, reply.status(), reply.toString());
        assertTrue(reply.contentType().startsWith("text/plain"), reply.contentType());
        return reply.body();
    }

    @Test
    void messagesSentShowInTheCountersBesideTheQueueProviderWebhookAndCampaignFigures() {
        String before = scrape();
        String user = fixtures.account("metrics", fixtures.lra("Metrics"), "");
        List<String> ids = List.of(1, 2).stream().map(i -> {
            GatewayClient.Reply reply = client.post("api/Services/send", user, "{\"destination\":\"" + TestNumbers.italianMobile()
                    + "\",\"text\":\"counted " + UUID.randomUUID() + "\"}");
            assertEquals(200, reply.status(), reply.toString());
            return reply.json().getString("id");
        }).toList();
        ids.forEach(id -> client.awaitStatus(id, user, "DELIVERED"));

        String delivered = "status=\"delivered\"";
        String simulator = "provider=\"simulator\"";
        String after = Eventually.until("the deliveries counted", this::scrape,
                scrape -> value(scrape, "sms_messages_total", simulator, delivered) >= value(before, "sms_messages_total", simulator, delivered) + 2);
        assertEquals(value(before, "sms_api_accepted_total", "dialect=\"namirial\"") + 2, value(after, "sms_api_accepted_total", "dialect=\"namirial\""));
        assertTrue(value(after, "sms_messages_total", simulator, "status=\"submitted\"")
                >= value(before, "sms_messages_total", simulator, "status=\"submitted\"") + 2);
        assertTrue(value(after, "sms_provider_submit_seconds_count", simulator) >= value(before, "sms_provider_submit_seconds_count", simulator) + 2);
        assertEquals(1.0, value(after, "sms_provider_available", simulator));
        assertEquals(0.0, value(after, "sms_provider_circuit_open", simulator));
        for (String figure : List.of("sms_queue_depth ", "sms_queue_oldest_seconds ", "sms_receipts_unmatched ",
                "sms_webhook_notifications{state=\"pending\"}", "sms_webhook_notifications{state=\"dead\"}",
                "sms_campaign_recipients{status=\"pending\"}", "sms_provider_throughput_limit{provider=\"simulator\"}")) {
            assertTrue(after.contains(figure), figure + " in\n" + after);
        }
    }
}
