package io.smsgateway.provider;

import io.smsgateway.shared.InvalidInputException;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;

/**
 * Seeds providers from configuration into a database that does not have them yet, then starts the
 * providers. Configuration: {@code gateway.providers} names them (default {@code simulator}); for each
 * name, {@code gateway.provider.<name>.type|enabled|priority|prefixes|throughput} and
 * {@code gateway.provider.<name>.settings.<key>} (or as environment variables, or one JSON object: see
 * {@link ConfiguredSettings}). After the first start, {@code /manage/providers} is authoritative.
 */
@Singleton(name = "ProviderSeeder")
@Startup
@DependsOn("DatabaseMigration")
public class ProviderSeeder {

    private static final Logger LOG = Logger.getLogger(ProviderSeeder.class.getName());

    @Inject
    private Config config;

    @Inject
    private ProviderCatalog catalog;

    @Inject
    private ProviderRegistry registry;

    @Inject
    private ProviderFactory factory;

    @PostConstruct
    void seedAndStart() {
        String names = config.getOptionalValue("gateway.providers", String.class).orElse("simulator");
        for (String name : Arrays.stream(names.split(",")).map(String::strip).filter(n -> !n.isEmpty()).toList()) {
            seed(name);
        }
        for (String name : catalog.requireCallbackTokens()) {
            LOG.warning(() -> "HTTP provider " + name + " had no callback token: one was generated, and callbacks without it are refused."
                    + " Its messages' callback URLs carry it; to configure it at the upstream, rotate it with"
                    + " POST /manage/providers/" + name + "/callback-token, which shows the new one once");
        }
        registry.refresh();
    }

    /** One bad definition leaves that provider out, with a line saying why; the gateway and the other providers start. */
    private void seed(String name) {
        ProviderDefinition definition;
        try {
            definition = fromConfig(name);
            // Checked here, outside the catalog's transaction: a refusal inside it would roll back every seed.
            // (An HTTP provider's missing callback token is not a fault: the catalog generates one.)
            factory.validate(definition.type() == ProviderType.HTTP
                    ? definition.withSettings(Map.of(CallbackTokens.TOKEN, "to be generated")) : definition);
        } catch (InvalidInputException | IllegalArgumentException | NoSuchElementException e) {
            LOG.severe(() -> "Provider " + name + " in the configuration is not valid and was not created (" + e.getMessage()
                    + "); the gateway starts without it");
            return;
        }
        if (!catalog.createIfAbsent(definition)) {
            return;
        }
        LOG.info(() -> "Provider " + name + " created from configuration");
        if (definition.type() == ProviderType.HTTP && definition.setting(CallbackTokens.TOKEN, null) == null) {
            LOG.warning(() -> "HTTP provider " + name + " was configured without settings." + CallbackTokens.TOKEN + ": one was generated;"
                    + " rotate it with POST /manage/providers/" + name + "/callback-token to read it");
        }
    }

    private ProviderDefinition fromConfig(String name) {
        String base = "gateway.provider." + name + ".";
        String defaultType = name.equals("simulator") ? "SIMULATOR" : null;
        String type = config.getOptionalValue(base + "type", String.class).orElse(defaultType);
        Map<String, String> settings = ConfiguredSettings.of(name, config.getPropertyNames(),
                property -> config.getOptionalValue(property, String.class));
        return new ProviderDefinition(
                name,
                type == null ? null : ProviderType.valueOf(type.toUpperCase(Locale.ROOT)),
                config.getOptionalValue(base + "enabled", Boolean.class).orElse(true),
                config.getOptionalValue(base + "priority", Integer.class).orElse(100),
                config.getOptionalValue(base + "prefixes", String.class)
                        .map(value -> Arrays.stream(value.split(",")).map(String::strip).toList()).orElse(List.of("+")),
                config.getOptionalValue(base + "throughput", Integer.class).orElse(50),
                settings);
    }
}
