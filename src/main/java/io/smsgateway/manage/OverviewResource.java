package io.smsgateway.manage;

import io.smsgateway.dispatch.DispatchQueue;
import io.smsgateway.message.MessageStore;
import io.smsgateway.metrics.StatusActivity;
import io.smsgateway.webhook.WebhookDelivery;
import io.smsgateway.webhook.WebhookStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The figures of the console's overview: recent traffic by status, the queue, receipts and webhooks. */
@Path("manage/overview")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operator: overview")
@SecurityRequirement(name = "basicAuth")
@OperatorAuthenticated
@RolesAllowed("ADMIN")
public class OverviewResource {

    public record Overview(
            Instant at,
            @Schema(type = SchemaType.ARRAY, implementation = Minute.class, description = "The last 60 minutes, oldest first: how many messages reached each status in each") List<Minute> minutes,
            @Schema(description = "Messages waiting for a provider") long queueDepth,
            @Schema(description = "How long the oldest of them has waited") long oldestQueuedSeconds,
            long receiptsUnmatched,
            long webhooksPending,
            @Schema(description = "Notifications given up after every attempt") long webhooksDead) {
    }

    public record Minute(Instant start, Map<String, Long> reached) {
    }

    @Inject
    private StatusActivity activity;

    @Inject
    private MessageStore messages;

    @Inject
    private DispatchQueue queue;

    @Inject
    private WebhookStore webhooks;

    @GET
    @Operation(summary = "Traffic of the last hour and the backlogs, across the cluster")
    public Overview overview() {
        Instant now = Instant.now();
        List<Minute> minutes = activity.lastHour().stream().map(minute -> {
            Map<String, Long> reached = new TreeMap<>();
            minute.reached().forEach((status, count) -> reached.put(status.name(), count));
            return new Minute(minute.start(), reached);
        }).toList();
        MessageStore.QueueFigures queued = messages.queueFigures();
        Map<WebhookDelivery.State, Long> undelivered = webhooks.undeliveredCounts();
        return new Overview(now, minutes, queued.depth(), queued.oldestWaitSeconds(now), queue.unmatchedReceiptCount(),
                undelivered.get(WebhookDelivery.State.PENDING), undelivered.get(WebhookDelivery.State.DEAD));
    }
}
