package io.smsgateway.provider.simulator;

import io.smsgateway.provider.ProviderBuilder;
import io.smsgateway.provider.ProviderDefinition;
import io.smsgateway.provider.ProviderEvents;
import io.smsgateway.provider.ProviderType;
import io.smsgateway.provider.SmsProvider;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds simulators: providers that reach no network and report a delivery after a delay. */
@ApplicationScoped
public class SimulatorProviders implements ProviderBuilder {

    private static final String DELAY = "deliveryDelayMs";

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    @Inject
    @ConfigProperty(name = "gateway.simulator.delivery-delay-ms", defaultValue = "1000")
    private long defaultDelayMillis;

    @Override
    public ProviderType type() {
        return ProviderType.SIMULATOR;
    }

    @Override
    public void validate(ProviderDefinition definition) {
        definition.intSetting(DELAY, 0);
    }

    @Override
    public SmsProvider create(ProviderDefinition definition, ProviderEvents events) {
        return new SimulatorProvider(definition.name(), scheduler, events, definition.intSetting(DELAY, (int) defaultDelayMillis));
    }
}
