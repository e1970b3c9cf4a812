package io.smsgateway.api.singlesms;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The dialect's {@code {success, record}} answers, as records for JSON-B and OpenAPI. */
public final class Envelopes {

    private Envelopes() {
    }

    /** Instants the way the dialect writes them: UTC with milliseconds. */
    static String instant(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).toString();
    }

    @Schema(name = "SingleSmsAccepted")
    public record SingleSmsAccepted(boolean success, SingleSmsRecord record) {
    }

    @Schema(name = "SingleSmsRecord")
    public record SingleSmsRecord(
            String id,
            @Schema(enumeration = "SingleSMS") String type,
            @Schema(description = "When the message goes out (now, or its scheduleDateTime)") String scheduled,
            @Schema(description = "0 when the recipient opted out and excludeOptouts was set") int recipientCount) {
    }

    @Schema(name = "RecordResponse")
    public record One<T>(boolean success, T record) {
    }

    @Schema(name = "RecordsResponse")
    public record Many<T>(boolean success, List<T> records) {
    }

    @Schema(name = "ErrorEnvelope")
    public record Failure(@Schema(enumeration = "false") boolean success, Error error) {
    }

    @Schema(name = "ErrorDetail")
    public record Error(
            @Schema(enumeration = {"AuthenticationError", "ValidationError", "NotFoundError", "ConflictError", "RateLimitError",
                    "ServiceUnavailableError", "PayloadTooLargeError", "InternalServerError"}) String name,
            int statusCode,
            @Schema(description = "What is wrong, e.g. Missing Originator object", nullable = true) String object,
            @Schema(description = "A human-readable explanation", nullable = true) String message) {
    }
}
