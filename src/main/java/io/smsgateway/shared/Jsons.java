package io.smsgateway.shared;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParserFactory;
import java.io.InputStream;
import java.io.Reader;
import java.util.Map;

/**
 * JSON builders and readers from factories created once. {@code Json.createObjectBuilder()} and
 * friends look the provider up again on every call (a service-loader scan), which dominated the cost
 * of storing a large campaign.
 */
public final class Jsons {

    private static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
    private static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());

    private Jsons() {
    }

    public static JsonObjectBuilder object() {
        return BUILDERS.createObjectBuilder();
    }

    public static JsonArrayBuilder array() {
        return BUILDERS.createArrayBuilder();
    }

    public static JsonReader reader(Reader reader) {
        return READERS.createReader(reader);
    }

    public static JsonReader reader(InputStream stream) {
        return READERS.createReader(stream);
    }

    public static JsonParser parser(InputStream stream) {
        return PARSERS.createParser(stream);
    }
}
