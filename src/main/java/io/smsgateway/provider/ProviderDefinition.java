package io.smsgateway.provider;

import io.smsgateway.shared.InvalidInputException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** A provider as the operator describes it, validated. */
public record ProviderDefinition(
        String name,
        ProviderType type,
        boolean enabled,
        int priority,
        List<String> prefixes,
        int throughput,
        Map<String, String> settings) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private static final Pattern PREFIX = Pattern.compile("\\+[0-9]{0,14}");
    private static final Set<String> SECRET_KEYS = Set.of("password", "secret", "token", "apiKey", CallbackTokens.TOKEN,
            CallbackTokens.PREVIOUS);
    static final String MASK = "********";

    public ProviderDefinition {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new InvalidInputException("provider name must be 1 to 64 letters, digits or . _ -");
        }
        if (type == null) {
            throw new InvalidInputException("type must be SMPP, HTTP or SIMULATOR");
        }
        prefixes = prefixes == null || prefixes.isEmpty() ? List.of("+") : List.copyOf(prefixes);
        for (String prefix : prefixes) {
            if (!PREFIX.matcher(prefix).matches()) {
                throw new InvalidInputException("prefixes are '+' followed by up to 14 digits, not '" + prefix + "'");
            }
        }
        if (throughput < 1 || throughput > 100_000) {
            throw new InvalidInputException("throughput must be 1 to 100000 messages per second");
        }
        settings = settings == null ? Map.of() : Map.copyOf(settings);
    }

    /** Length of the longest prefix the destination starts with, or -1 when the provider does not serve it. */
    public int match(String destination) {
        return prefixes.stream().filter(destination::startsWith).mapToInt(String::length).max().orElse(-1);
    }

    public String setting(String key, String fallback) {
        String value = settings.get(key);
        return value == null || value.isBlank() ? fallback : value;
    }

    public String requiredSetting(String key) {
        String value = settings.get(key);
        if (value == null || value.isBlank()) {
            throw new InvalidInputException("provider " + name + " (" + type + ") needs the setting '" + key + "'");
        }
        return value;
    }

    public int intSetting(String key, int fallback) {
        String value = settings.get(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("setting '" + key + "' of provider " + name + " must be an integer");
        }
    }

    /** This definition with the given settings added or replaced. */
    public ProviderDefinition withSettings(Map<String, String> changed) {
        Map<String, String> merged = new HashMap<>(settings);
        merged.putAll(changed);
        return new ProviderDefinition(name, type, enabled, priority, prefixes, throughput, merged);
    }

    /**
     * The stored secrets this definition sends back masked (as it was read): an operator who edits a
     * provider keeps its password by leaving the mask in place.
     */
    Map<String, String> maskedSecretsFrom(Map<String, String> stored) {
        Map<String, String> kept = new HashMap<>();
        settings().forEach((key, value) -> {
            if (SECRET_KEYS.contains(key) && MASK.equals(value) && stored.get(key) != null) {
                kept.put(key, stored.get(key));
            }
        });
        return kept;
    }

    /** The settings with secrets masked, for display. */
    public Map<String, String> visibleSettings() {
        Map<String, String> visible = new TreeMap<>(settings);
        visible.replaceAll((key, value) -> SECRET_KEYS.contains(key) ? MASK : value);
        return visible;
    }

    @Override
    public String toString() {
        return "ProviderDefinition[" + name + ", " + type + ", enabled=" + enabled + ", prefixes=" + prefixes + "]";
    }
}
