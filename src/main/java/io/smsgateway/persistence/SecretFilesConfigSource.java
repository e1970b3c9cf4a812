package io.smsgateway.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Secrets from files, as Docker and Kubernetes mount them: for any property, an environment variable
 * named like the property's own environment form plus {@code _FILE} ({@code GATEWAY_DB_PASSWORD_FILE}
 * for {@code gateway.db.password}) names a file whose content, without its final line break, is the
 * value. A value given directly (system property, environment variable) wins over the file.
 */
public class SecretFilesConfigSource implements ConfigSource {

    /** Below the environment variables (300), above the application's own defaults (100). */
    private static final int ORDINAL = 250;
    private static final String SUFFIX = "_FILE";

    private final Function<String, String> environment;

    public SecretFilesConfigSource() {
        this(System::getenv);
    }

    SecretFilesConfigSource(Function<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String getValue(String propertyName) {
        String file = environment.apply(propertyName.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_") + SUFFIX);
        if (file == null || file.isBlank()) {
            return null;
        }
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8).replaceFirst("\\r?\\n$", "");
        } catch (IOException e) {
            throw new UncheckedIOException("the secret file " + file + " for " + propertyName + " cannot be read", e);
        }
    }

    @Override
    public Set<String> getPropertyNames() {
        // The dotted names these variables stand for, as far as they can be told (dashes read as dots).
        return System.getenv().keySet().stream()
                .filter(name -> name.startsWith("GATEWAY_") && name.endsWith(SUFFIX))
                .map(name -> name.substring(0, name.length() - SUFFIX.length()).toLowerCase(Locale.ROOT).replace('_', '.'))
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Map<String, String> getProperties() {
        return getPropertyNames().stream().filter(name -> getValue(name) != null)
                .collect(Collectors.toUnmodifiableMap(name -> name, this::getValue));
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    @Override
    public String getName() {
        return "secret files (*_FILE environment variables)";
    }
}
