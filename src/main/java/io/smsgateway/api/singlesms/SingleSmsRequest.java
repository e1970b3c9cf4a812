package io.smsgateway.api.singlesms;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /send/single}. */
@Schema(name = "SingleSmsRequest")
public record SingleSmsRequest(
        @Schema(required = true, description = "The SMS text; GSM-7 or UCS-2 is chosen automatically") String text,
        @Schema(required = true, description = "Sender id: up to 11 letters and digits, or a number of up to 15 digits", example = "Acme")
        String originator,
        @Schema(required = true, description = "International format, with or without +", example = "447900123456") String recipient,
        @Schema(description = "Your reference, echoed in delivery notifications") String reference,
        @Schema(description = "Replace every URL with a short link that counts clicks") boolean shortenUrls,
        @Schema(description = "Send nothing when the recipient opted out of this account") boolean excludeOptouts,
        @Schema(description = "ISO 8601 with offset or Z; omit to send now", example = "2025-03-01T14:30:00Z", type = SchemaType.STRING,
                format = "date-time")
        Instant scheduleDateTime) {

    static SingleSmsRequest from(JsonObject json) {
        String text = WireFields.required(json, "text");
        String originator = WireFields.required(json, "originator");
        String recipient = WireFields.required(json, "recipient");
        return new SingleSmsRequest(
                text,
                originator.strip(),
                WireFields.internationalNumber(recipient),
                WireFields.string(json, "reference"),
                WireFields.flag(json, "shortenUrls"),
                WireFields.flag(json, "excludeOptouts"),
                WireFields.scheduleDateTime(WireFields.string(json, "scheduleDateTime")));
    }
}
