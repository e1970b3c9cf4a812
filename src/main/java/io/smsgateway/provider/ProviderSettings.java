package io.smsgateway.provider;

import io.smsgateway.shared.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** Provider settings are stored as a flat JSON object of strings. */
final class ProviderSettings {

    private ProviderSettings() {
    }

    static Map<String, String> parse(String json) {
        Map<String, String> settings = new LinkedHashMap<>();
        try (JsonReader reader = Jsons.reader(new StringReader(json))) {
            JsonObject object = reader.readObject();
            object.forEach((key, value) -> settings.put(key, value instanceof JsonString s ? s.getString()
                    : value == JsonValue.NULL ? null : value.toString()));
        }
        return settings;
    }

    static String format(Map<String, String> settings) {
        JsonObjectBuilder builder = Jsons.object();
        new TreeMap<>(settings).forEach((key, value) -> {
            if (value != null) {
                builder.add(key, value);
            }
        });
        return builder.build().toString();
    }
}
