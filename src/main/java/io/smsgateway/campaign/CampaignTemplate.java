package io.smsgateway.campaign;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A campaign text with {@code {field}} placeholders filled per recipient. */
final class CampaignTemplate {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]{0,63})}");

    private final String text;
    private final Set<String> fields = new LinkedHashSet<>();

    CampaignTemplate(String text) {
        this.text = text;
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            fields.add(matcher.group(1));
        }
    }

    /** The first field the recipient has no value for, if any. */
    Optional<String> missingField(Map<String, String> values) {
        return fields.stream().filter(field -> values.get(field) == null || values.get(field).isBlank()).findFirst();
    }

    String render(Map<String, String> values) {
        if (fields.isEmpty()) {
            return text;
        }
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder result = new StringBuilder(text.length() + 32);
        while (matcher.find()) {
            matcher.appendReplacement(result, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "")));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
