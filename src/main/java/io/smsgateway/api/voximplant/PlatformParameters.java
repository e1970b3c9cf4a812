package io.smsgateway.api.voximplant;

import io.smsgateway.shared.FormBodies;
import io.smsgateway.shared.InvalidInputException;
import io.smsgateway.shared.JsonRequests;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of a platform API call, as its clients send them: in the query string (the
 * documented way, with an empty {@code {}} body), or in a form or JSON body. The query string wins
 * when a parameter is given twice.
 */
final class PlatformParameters {

    private static final int MAX_BODY = 64 * 1024;

    private final Map<String, String> values;

    private PlatformParameters(Map<String, String> values) {
        this.values = values;
    }

    static PlatformParameters read(MultivaluedMap<String, String> query, String contentType, InputStream body) {
        Map<String, String> values = new HashMap<>();
        byte[] bytes = JsonRequests.readBounded(body, MAX_BODY);
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (bytes.length > 0 && type.startsWith("application/x-www-form-urlencoded")) {
            try {
                values.putAll(FormBodies.parse(new String(bytes, StandardCharsets.UTF_8)));
            } catch (InvalidInputException e) {
                throw new PlatformError(PlatformError.INVALID_PARAMETER, 400, "The form body is not URL-encoded");
            }
        } else if (bytes.length > 0 && new String(bytes, StandardCharsets.UTF_8).strip().startsWith("{")) {
            JsonObject json;
            try {
                json = JsonRequests.readObject(new ByteArrayInputStream(bytes), MAX_BODY);
            } catch (InvalidInputException e) {
                throw new PlatformError(PlatformError.INVALID_PARAMETER, 400, e.getMessage());
            }
            json.forEach((name, value) -> {
                String text = scalar(value);
                if (text != null) {
                    values.put(name, text);
                }
            });
        }
        query.forEach((name, list) -> {
            if (!list.isEmpty()) {
                values.put(name, list.get(0));
            }
        });
        return new PlatformParameters(values);
    }

    String required(String name) {
        String value = values.get(name);
        if (value == null || value.isBlank()) {
            throw PlatformError.missing(name);
        }
        return value;
    }

    String optional(String name) {
        String value = values.get(name);
        return value == null || value.isBlank() ? null : value;
    }

    boolean flag(String name, boolean otherwise) {
        String value = optional(name);
        if (value == null) {
            return otherwise;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1" -> true;
            case "false", "0" -> false;
            default -> throw PlatformError.invalid(name, "must be true or false");
        };
    }

    int integer(String name, int otherwise, int min, int max) {
        String value = optional(name);
        if (value == null) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                throw PlatformError.invalid(name, "must be between " + min + " and " + max);
            }
            return number;
        } catch (NumberFormatException e) {
            throw PlatformError.invalid(name, "must be an integer");
        }
    }

    private static String scalar(JsonValue value) {
        if (value instanceof JsonString string) {
            return string.getString();
        }
        if (value instanceof JsonNumber number) {
            return number.toString();
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            return value.toString();
        }
        return null;
    }
}
