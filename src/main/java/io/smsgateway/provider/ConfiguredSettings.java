package io.smsgateway.provider;

import io.smsgateway.shared.InvalidInputException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A provider's settings as configuration gives them, in any of three forms: one property per key
 * ({@code gateway.provider.<name>.settings.<key>}); the same as environment variables, whose names
 * cannot hold dots or lower case ({@code GATEWAY_PROVIDER_<NAME>_SETTINGS_<KEY>}, the key's words
 * separated by underscores: {@code SYSTEM_ID} is {@code systemId}); or all at once as a JSON object
 * ({@code gateway.provider.<name>.settings}, or {@code GATEWAY_PROVIDER_<NAME>_SETTINGS}). Later forms
 * in that list do not override earlier ones.
 */
final class ConfiguredSettings {

    private ConfiguredSettings() {
    }

    /**
     * @param propertyNames every configuration property name
     * @param value         a property's value by its exact name
     */
    static Map<String, String> of(String provider, Iterable<String> propertyNames, Function<String, Optional<String>> value) {
        Map<String, String> settings = new HashMap<>();
        String dotted = "gateway.provider." + provider + ".settings";
        String environment = "GATEWAY_PROVIDER_" + provider.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + "_SETTINGS";
        for (String property : propertyNames) {
            if (property.startsWith(dotted + ".")) {
                value.apply(property).ifPresent(v -> settings.put(property.substring(dotted.length() + 1), v));
            }
        }
        for (String property : propertyNames) {
            if (property.startsWith(environment + "_")) {
                String key = camelCase(property.substring(environment.length() + 1));
                value.apply(property).ifPresent(v -> settings.putIfAbsent(key, v));
            }
        }
        value.apply(dotted).or(() -> value.apply(environment)).ifPresent(json -> fromJson(json).forEach(settings::putIfAbsent));
        return settings;
    }

    /** {@code SYSTEM_ID} -> {@code systemId}, {@code HOST} -> {@code host}. */
    static String camelCase(String environmentKey) {
        StringBuilder key = new StringBuilder();
        boolean upperNext = false;
        for (char c : environmentKey.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upperNext = key.length() > 0;
            } else {
                key.append(upperNext ? Character.toUpperCase(c) : c);
                upperNext = false;
            }
        }
        return key.toString();
    }

    private static Map<String, String> fromJson(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            Map<String, String> settings = new HashMap<>();
            object.forEach((key, value) -> settings.put(key, value.getValueType() == JsonValue.ValueType.STRING
                    ? ((JsonString) value).getString() : value.toString()));
            return settings;
        } catch (JsonParsingException | ClassCastException | IllegalStateException e) {
            throw new InvalidInputException("settings must be a JSON object of keys and values: " + e.getMessage());
        }
    }
}
