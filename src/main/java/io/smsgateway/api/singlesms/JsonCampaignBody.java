package io.smsgateway.api.singlesms;

import io.smsgateway.campaign.RecipientLine;
import io.smsgateway.shared.InvalidInputException;
import io.smsgateway.shared.JsonShape;
import io.smsgateway.shared.Jsons;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParser.Event;
import java.io.ByteArrayInputStream;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A JSON campaign body read without building its recipient list in memory: a first pass reads the
 * campaign's settings and skips the recipients, a second pass hands the recipients out one at a time,
 * straight to storage. A recipient is a number (string, or JSON number) or an object with a
 * {@code recipient} and the fields of the text; anything else becomes an invalid line.
 */
final class JsonCampaignBody {

    private static final String RECIPIENTS = "recipients";
    /* The number of recipients is the campaign's rule (gateway.campaign.max-recipients), counted as they are stored. */
    private static final JsonShape SHAPE = JsonShape.REQUEST.withArrayItems(Integer.MAX_VALUE);

    private final byte[] body;
    private final JsonObject settings;

    private JsonCampaignBody(byte[] body, JsonObject settings) {
        this.body = body;
        this.settings = settings;
    }

    static JsonCampaignBody read(byte[] body) {
        try {
            SHAPE.check(body);
        } catch (InvalidInputException e) {
            throw notAnObject(e.getMessage());
        }
        try (JsonParser parser = Jsons.parser(new ByteArrayInputStream(body))) {
            if (!parser.hasNext() || parser.next() != Event.START_OBJECT) {
                throw notAnObject("the body must be a JSON object");
            }
            JsonObjectBuilder settings = Jsons.object();
            boolean recipientsFound = false;
            for (Event event = parser.next(); event == Event.KEY_NAME; event = parser.next()) {
                String key = parser.getString();
                Event value = parser.next();
                if (!key.equals(RECIPIENTS)) {
                    settings.add(key, parser.getValue());
                } else if (value == Event.START_ARRAY) {
                    skipRest(parser);
                    recipientsFound = true;
                } else if (value != Event.VALUE_NULL) {
                    throw ValidationFailure.invalid("Recipients", "recipients must be an array of numbers or of objects with a recipient");
                }
            }
            if (parser.hasNext()) {
                throw notAnObject("content after the JSON object");
            }
            if (!recipientsFound) {
                throw ValidationFailure.missing("Recipients");
            }
            return new JsonCampaignBody(body, settings.build());
        } catch (JsonException | NoSuchElementException | IllegalStateException e) {
            throw notAnObject("not valid JSON: " + e.getMessage());
        }
    }

    /** Every member of the body but the recipients. */
    JsonObject settings() {
        return settings;
    }

    /** The recipients, read from the body as they are asked for; the parser closes at the end of the list. */
    Iterator<RecipientLine> recipients() {
        JsonParser parser = Jsons.parser(new ByteArrayInputStream(body));
        try {
            parser.next();
            while (true) {
                parser.next();
                boolean recipients = parser.getString().equals(RECIPIENTS);
                Event value = parser.next();
                if (recipients && value == Event.START_ARRAY) {
                    break;
                }
                skipValue(parser, value);
            }
        } catch (RuntimeException e) {
            parser.close();
            throw notAnObject("not valid JSON: " + e.getMessage());
        }
        return new RecipientIterator(parser);
    }

    private static void skipValue(JsonParser parser, Event value) {
        if (value == Event.START_OBJECT || value == Event.START_ARRAY) {
            skipRest(parser);
        }
    }

    /**
     * Skips to the end of the object or array just started. Not {@code JsonParser.skipArray()}: on a
     * body cut off inside the array, Parsson's skipArray never returns, one CPU spinning per request.
     */
    private static void skipRest(JsonParser parser) {
        int depth = 1;
        while (depth > 0) {
            switch (parser.next()) {
                case START_OBJECT, START_ARRAY -> depth++;
                case END_OBJECT, END_ARRAY -> depth--;
                default -> {
                }
            }
        }
    }

    private static ValidationFailure notAnObject(String message) {
        return new ValidationFailure("Invalid JSON object", message);
    }

    private static final class RecipientIterator implements Iterator<RecipientLine> {

        private final JsonParser parser;
        private RecipientLine next;
        private int line;
        private boolean finished;

        RecipientIterator(JsonParser parser) {
            this.parser = parser;
        }

        @Override
        public boolean hasNext() {
            if (next == null && !finished) {
                next = readNext();
            }
            return next != null;
        }

        @Override
        public RecipientLine next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            RecipientLine current = next;
            next = null;
            return current;
        }

        private RecipientLine readNext() {
            try {
                Event event = parser.next();
                if (event == Event.END_ARRAY) {
                    finished = true;
                    parser.close();
                    return null;
                }
                line++;
                Map<String, String> fields = new LinkedHashMap<>();
                String recipient = switch (event) {
                    case VALUE_STRING, VALUE_NUMBER -> parser.getString();
                    case START_OBJECT -> fieldsOf(parser.getObject(), fields);
                    default -> {
                        skipValue(parser, event);
                        yield "";
                    }
                };
                return new RecipientLine(line, WireFields.internationalNumber(recipient), fields);
            } catch (JsonException | NoSuchElementException | IllegalStateException e) {
                finished = true;
                parser.close();
                throw notAnObject("not valid JSON: " + e.getMessage());
            }
        }

        /** Puts the text's fields into {@code fields} and returns the recipient. */
        private static String fieldsOf(JsonObject item, Map<String, String> fields) {
            String recipient = "";
            for (Map.Entry<String, JsonValue> field : item.entrySet()) {
                String text = field.getValue() instanceof JsonString s ? s.getString() : field.getValue().toString();
                if (field.getKey().equals("recipient")) {
                    recipient = text;
                } else {
                    fields.put(field.getKey(), text);
                }
            }
            return recipient;
        }
    }
}
