package io.smsgateway.provider;

import io.smsgateway.provider.http.HttpProvider;
import io.smsgateway.provider.http.HttpUpstreamClient;
import io.smsgateway.provider.simulator.SimulatorProvider;
import io.smsgateway.provider.smpp.SmppProvider;
import io.smsgateway.provider.smpp.SmppSettings;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds the running provider for a definition, by type. */
@ApplicationScoped
public class ProviderFactory {

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    @Resource(lookup = "java:comp/DefaultContextService")
    private ContextService contextService;

    @Inject
    private ProviderEvents events;

    @Inject
    private HttpUpstreamClient httpClient;

    @Inject
    @ConfigProperty(name = "gateway.simulator.delivery-delay-ms", defaultValue = "1000")
    private long simulatorDelayMillis;

    @Inject
    @ConfigProperty(name = "gateway.public-base-url", defaultValue = "http://localhost:8080")
    private String publicBaseUrl;

    /** Fails with a clear message when a definition lacks what its type needs. */
    static void validate(ProviderDefinition definition) {
        switch (definition.type()) {
            case SMPP -> SmppSettings.of(definition);
            case HTTP -> HttpProvider.Settings.of(definition);
            case SIMULATOR -> definition.intSetting("deliveryDelayMs", 0);
        }
    }

    SmsProvider create(ProviderDefinition definition) {
        validate(definition);
        // Providers report from their own I/O threads; the proxy gives those calls the application's context.
        ProviderEvents events = contextService.createContextualProxy(this.events, ProviderEvents.class);
        return switch (definition.type()) {
            case SIMULATOR -> new SimulatorProvider(definition.name(), scheduler, events,
                    definition.intSetting("deliveryDelayMs", (int) simulatorDelayMillis));
            case SMPP -> new SmppProvider(definition.name(), SmppSettings.of(definition), events, scheduler);
            case HTTP -> new HttpProvider(definition.name(), HttpProvider.Settings.of(definition), events, httpClient, publicBaseUrl);
        };
    }
}
