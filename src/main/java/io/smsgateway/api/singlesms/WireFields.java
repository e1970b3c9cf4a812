package io.smsgateway.api.singlesms;

import io.smsgateway.kernel.PhoneNumbers;
import io.smsgateway.shared.InvalidInputException;
import io.smsgateway.shared.JsonRequests;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.function.BiFunction;

/** Reads this dialect's fields and reports problems as "Invalid Xyz object". */
final class WireFields {

    private WireFields() {
    }

    /** The request body as a JSON object; anything else is an "Invalid JSON object". */
    static JsonObject readObject(InputStream body, long maxBytes) {
        try {
            return JsonRequests.readObject(body, maxBytes);
        } catch (InvalidInputException e) {
            throw new ValidationFailure("Invalid JSON object", e.getMessage());
        }
    }

    static String string(JsonObject json, String field) {
        return read(json, field, JsonRequests::string);
    }

    static boolean flag(JsonObject json, String field) {
        return Boolean.TRUE.equals(read(json, field, JsonRequests::bool));
    }

    static String required(JsonObject json, String field) {
        String value = string(json, field);
        if (value == null || value.isBlank()) {
            throw ValidationFailure.missing(objectName(field));
        }
        return value;
    }

    /** A recipient in international format, with or without {@code +} or {@code 00}. */
    static String internationalNumber(String recipient) {
        String compact = recipient.strip().replaceAll("[\\s()-]", "");
        if (compact.startsWith("00")) {
            return "+" + compact.substring(2);
        }
        return PhoneNumbers.withPlus(compact);
    }

    /** An ISO 8601 instant with an offset or Z; null when absent. */
    static Instant scheduleDateTime(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip()).toInstant();
        } catch (DateTimeException e) {
            throw ValidationFailure.invalid("ScheduleDateTime",
                    "scheduleDateTime must be an ISO 8601 date and time with an offset or Z, such as 2025-03-01T14:30:00Z");
        }
    }

    private static <T> T read(JsonObject json, String field, BiFunction<JsonObject, String, T> reader) {
        try {
            return reader.apply(json, field);
        } catch (InvalidInputException e) {
            throw ValidationFailure.invalid(objectName(field), e.getMessage());
        }
    }

    /** "scheduleDateTime" becomes "ScheduleDateTime", as the dialect names its objects. */
    static String objectName(String field) {
        return Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }
}
