package io.smsgateway.message;

import io.smsgateway.kernel.Encoding;
import io.smsgateway.kernel.MessageStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A read-only snapshot of a message and its history, detached from persistence. */
public record MessageView(
        UUID id,
        Long numericId,
        String owner,
        String sender,
        String destination,
        String originator,
        String text,
        MessageStatus status,
        Encoding encoding,
        int segments,
        String provider,
        String errorCode,
        String errorDetail,
        Reference reference,
        String businessRelationId,
        String clientReference,
        Instant scheduledAt,
        Instant createdAt,
        Instant statusAt,
        Instant submittedAt,
        Instant doneAt,
        List<Step> history) {

    public record Step(MessageStatus status, Instant at, String detail) {
    }

    /** When the message goes (or went) out: its scheduled time, or its acceptance. */
    public Instant sendAt() {
        return scheduledAt != null ? scheduledAt : createdAt;
    }

    static MessageView of(Message message, List<StatusChange> changes) {
        return new MessageView(
                message.getId(),
                message.getNumericId().orElse(null),
                message.getOwner().getUsername(),
                message.getSender().getUsername(),
                message.getDestination(),
                message.getOriginator().orElse(null),
                message.getBody().orElse(null),
                message.getStatus(),
                message.getEncoding(),
                message.getSegments(),
                message.getProvider().orElse(null),
                message.getErrorCode().orElse(null),
                message.getErrorDetail().orElse(null),
                message.getReference(),
                message.getBusinessRelationId().orElse(null),
                message.getClientReference().orElse(null),
                message.getScheduledAt().orElse(null),
                message.getCreatedAt(),
                message.getStatusAt(),
                message.getSubmittedAt().orElse(null),
                message.getDoneAt().orElse(null),
                changes.stream().map(c -> new Step(c.getStatus(), c.getChangedAt(), c.getDetail())).toList());
    }
}
