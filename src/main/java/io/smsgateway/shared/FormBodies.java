package io.smsgateway.shared;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * An {@code application/x-www-form-urlencoded} body read from its raw bytes (which a callback's
 * signature covers, for example); the first value of a repeated field counts. Bad percent-encoding
 * is an {@link InvalidInputException}.
 */
public final class FormBodies {

    private FormBodies() {
    }

    public static Map<String, String> parse(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decode(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            fields.putIfAbsent(name, value);
        }
        return fields;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("the form body is not valid percent-encoding");
        }
    }
}
