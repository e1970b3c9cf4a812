package io.smsgateway.api.namirial;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code {"id", "message", "provider"}}; {@code provider} is present only when {@code detailed} was true. */
@Schema(name = "SendResponse")
public record SendResponse(
        @Schema(required = true, description = "Message id (UUID) for the status API") String id,
        @Schema(required = true, example = "0: Accepted for delivery") String message,
        @Schema(nullable = true, description = "Provider the message was routed to (detailed only)") String provider) {
}
