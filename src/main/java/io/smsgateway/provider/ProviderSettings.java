package io.smsgateway.provider;

import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.Config;

/**
 * How the operator configured one provider: {@code gateway.provider.<name>.enabled},
 * {@code .prefixes} (comma separated E.164 prefixes it serves, {@code +} for all) and {@code .priority}
 * (lower wins among equally long prefixes).
 */
public record ProviderSettings(String name, boolean enabled, List<String> prefixes, int priority) {

    public static ProviderSettings read(Config config, String name) {
        String base = "gateway.provider." + name + ".";
        boolean enabled = config.getOptionalValue(base + "enabled", Boolean.class).orElse(true);
        List<String> prefixes = config.getOptionalValue(base + "prefixes", String.class)
                .map(value -> Arrays.stream(value.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList())
                .orElse(List.of("+"));
        int priority = config.getOptionalValue(base + "priority", Integer.class).orElse(100);
        return new ProviderSettings(name, enabled, prefixes, priority);
    }

    /** Length of the longest configured prefix the destination starts with, or -1 when none does. */
    public int match(String destination) {
        return prefixes.stream().filter(destination::startsWith).mapToInt(String::length).max().orElse(-1);
    }
}
