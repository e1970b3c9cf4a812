package io.smsgateway.api.voximplant;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The platform API's answers, with its snake_case names. */
public final class PlatformResponses {

    private PlatformResponses() {
    }

    @Schema(name = "SendSmsMessageResponse")
    public record SmsSent(
            @Schema(description = "1 on success") int result,
            @JsonbProperty("message_id") @Schema(name = "message_id", description = "Message ID") long messageId,
            @JsonbProperty("fragments_count") @Schema(name = "fragments_count", description = "The number of fragments the message is divided into") int fragmentsCount) {
    }

    @Schema(name = "ResultResponse")
    public record Done(int result) {
    }

    @Schema(name = "PhoneNumberInfo")
    public record PhoneNumberInfo(
            @JsonbProperty("phone_id") @Schema(name = "phone_id") long phoneId,
            @JsonbProperty("phone_number") @Schema(name = "phone_number") String phoneNumber,
            @JsonbProperty("is_sms_supported") @Schema(name = "is_sms_supported") boolean smsSupported,
            @JsonbProperty("is_sms_enabled") @Schema(name = "is_sms_enabled") boolean smsEnabled,
            @JsonbProperty("phone_purchase_date") @Schema(name = "phone_purchase_date") String purchaseDate) {
    }

    @Schema(name = "GetPhoneNumbersResponse")
    public record PhoneNumbers(
            List<PhoneNumberInfo> result,
            @JsonbProperty("total_count") @Schema(name = "total_count") long totalCount,
            int count) {
    }

    @Schema(name = "SmsHistoryItem")
    public record SmsHistoryItem(
            @JsonbProperty("message_id") @Schema(name = "message_id") long messageId,
            @JsonbProperty("source_number") @Schema(name = "source_number") String sourceNumber,
            @JsonbProperty("destination_number") @Schema(name = "destination_number") String destinationNumber,
            @Schema(enumeration = "OUT") String direction,
            int fragments,
            @Schema(description = "The gateway's status: ACCEPTED, QUEUED, SUBMITTED, DELIVERED, UNDELIVERED, FAILED, EXPIRED, REJECTED")
            String status,
            @JsonbProperty("error_message") @Schema(name = "error_message") String errorMessage,
            @Schema(description = "Only while kept: store_body true, or the message not final yet") String text,
            @JsonbProperty("processed_date") @Schema(name = "processed_date") String processedDate) {
    }

    @Schema(name = "GetSmsHistoryResponse")
    public record SmsHistory(
            List<SmsHistoryItem> result,
            @JsonbProperty("total_count") @Schema(name = "total_count") long totalCount,
            int count) {
    }
}
