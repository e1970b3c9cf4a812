package io.smsgateway.webhook;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Documentation of the JSON body posted to status webhooks (the body itself is written by
 * {@link WebhookOutbox}). Headers: {@code webhook-id} (the eventId, the same on every retry),
 * {@code webhook-timestamp} (Unix seconds) and {@code webhook-signature}
 * ({@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">} with the account's webhook secret).
 */
@Schema(name = "StatusNotification", description = "POSTed to the message's webhook.url (or the account's webhookUrl) on every status change")
public record StatusNotification(
        @Schema(required = true, example = "evt_3f1c...") String eventId,
        @Schema(required = true, enumeration = {"message.status"}) String type,
        @Schema(required = true) String messageId,
        @Schema(required = true, enumeration = {"ACCEPTED", "QUEUED", "SUBMITTED", "DELIVERED", "UNDELIVERED", "FAILED", "EXPIRED", "REJECTED", "CANCELLED"}) String status,
        @Schema(required = true) String destination,
        @Schema(enumeration = {"GSM7", "UCS2"}) String encoding,
        int segments,
        @Schema(nullable = true) String provider,
        @Schema(nullable = true) String errorCode,
        @Schema(nullable = true) String errorDetail,
        @Schema(nullable = true, description = "the reference of the send request, echoed back") Reference reference,
        @Schema(nullable = true) String businessRelationId,
        @Schema(nullable = true, description = "the reference of a /send/single request, echoed back") String clientReference,
        Instant createdAt,
        Instant changedAt,
        @Schema(nullable = true) Instant submittedAt,
        @Schema(nullable = true) Instant doneAt) {

    @Schema(name = "NotificationReference")
    public record Reference(String service, String action, String key) {
    }
}
