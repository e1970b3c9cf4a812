package io.smsgateway.shared;

import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Strict reading of JSON request bodies: a bounded size and {@linkplain JsonShape shape}, an object
 * at the top, and typed fields with an error that names the field and the type it should have.
 */
public final class JsonRequests {

    private JsonRequests() {
    }

    public static JsonObject readObject(InputStream body, long maxBytes) {
        byte[] bytes = readBounded(body, maxBytes);
        if (bytes.length == 0) {
            throw new InvalidInputException("Request body is missing; a JSON object is expected");
        }
        JsonShape.REQUEST.check(bytes);
        try (JsonReader reader = Jsons.reader(new ByteArrayInputStream(bytes))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new InvalidInputException("Request body must be a JSON object");
            }
            return value.asJsonObject();
        } catch (JsonParsingException e) {
            throw new InvalidInputException("Request body is not valid JSON: " + e.getMessage());
        } catch (JsonException e) {
            throw new InvalidInputException("Request body is not valid JSON");
        }
    }

    /** The whole body, refused with {@link PayloadTooLargeException} beyond {@code maxBytes}; empty when there is none. */
    public static byte[] readBounded(InputStream body, long maxBytes) {
        if (body == null) {
            return new byte[0];
        }
        try {
            byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new PayloadTooLargeException(maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String string(JsonObject object, String field) {
        JsonValue value = present(object, field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        throw wrongType(field, "a string");
    }

    public static Integer integer(JsonObject object, String field) {
        JsonValue value = present(object, field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            try {
                return number.intValueExact();
            } catch (ArithmeticException e) {
                throw wrongType(field, "an integer within 32 bits");
            }
        }
        throw wrongType(field, "an integer");
    }

    public static Boolean bool(JsonObject object, String field) {
        JsonValue value = present(object, field);
        if (value == null) {
            return null;
        }
        if (value == JsonValue.TRUE) {
            return true;
        }
        if (value == JsonValue.FALSE) {
            return false;
        }
        throw wrongType(field, "true or false");
    }

    public static JsonObject object(JsonObject object, String field) {
        JsonValue value = present(object, field);
        if (value == null) {
            return null;
        }
        if (value.getValueType() == JsonValue.ValueType.OBJECT) {
            return value.asJsonObject();
        }
        throw wrongType(field, "an object");
    }

    public static Set<String> stringSet(JsonObject object, String field) {
        JsonValue value = present(object, field);
        if (value == null) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw wrongType(field, "an array of strings");
        }
        Set<String> strings = new LinkedHashSet<>();
        for (JsonValue item : value.asJsonArray()) {
            if (!(item instanceof JsonString string)) {
                throw wrongType(field, "an array of strings");
            }
            strings.add(string.getString());
        }
        return strings;
    }

    /** Fails on fields the endpoint does not know, so that typos do not pass silently. */
    public static void rejectUnknownFields(JsonObject object, Set<String> known, String where) {
        List<String> unknown = new ArrayList<>();
        for (String name : object.keySet()) {
            if (!known.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException("Unknown field(s) in " + where + ": " + String.join(", ", unknown),
                    List.of("known fields: " + String.join(", ", known)));
        }
    }

    private static JsonValue present(JsonObject object, String field) {
        JsonValue value = object.get(field);
        return value == null || value == JsonValue.NULL ? null : value;
    }

    private static InvalidInputException wrongType(String field, String expected) {
        return new InvalidInputException("Field '" + field + "' must be " + expected);
    }
}
