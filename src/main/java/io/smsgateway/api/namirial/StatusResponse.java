package io.smsgateway.api.namirial;

import io.smsgateway.message.MessageView;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer of the message status query. */
@Schema(name = "MessageStatus")
public record StatusResponse(
        String id,
        @Schema(enumeration = {"ACCEPTED", "QUEUED", "SUBMITTED", "DELIVERED", "UNDELIVERED", "FAILED", "EXPIRED", "REJECTED"})
        String status,
        String destination,
        @Schema(enumeration = {"GSM7", "UCS2"}) String encoding,
        int segments,
        String provider,
        String errorCode,
        String errorDetail,
        SendRequest.Reference reference,
        String businessRelationId,
        String account,
        String sentBy,
        Instant createdAt,
        Instant statusAt,
        Instant submittedAt,
        Instant doneAt,
        List<Step> history) {

    @Schema(name = "StatusStep")
    public record Step(String status, Instant at, String detail) {
    }

    static StatusResponse of(MessageView view) {
        return new StatusResponse(
                view.id().toString(),
                view.status().name(),
                view.destination(),
                view.encoding().name(),
                view.segments(),
                view.provider(),
                view.errorCode(),
                view.errorDetail(),
                view.reference().isEmpty() ? null
                        : new SendRequest.Reference(view.reference().service(), view.reference().action(), view.reference().key()),
                view.businessRelationId(),
                view.owner(),
                view.sender(),
                view.createdAt(),
                view.statusAt(),
                view.submittedAt(),
                view.doneAt(),
                view.history().stream().map(s -> new Step(s.status().name(), s.at(), s.detail())).toList());
    }
}
