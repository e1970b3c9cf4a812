package io.smsgateway.provider.smpp;

import io.smsgateway.provider.ProviderBuilder;
import io.smsgateway.provider.ProviderDefinition;
import io.smsgateway.provider.ProviderEvents;
import io.smsgateway.provider.ProviderType;
import io.smsgateway.provider.SmsProvider;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;

/** Builds SMPP providers: one bound session each, with its reconnect loop on the container's scheduler. */
@ApplicationScoped
public class SmppProviders implements ProviderBuilder {

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    @Override
    public ProviderType type() {
        return ProviderType.SMPP;
    }

    @Override
    public void validate(ProviderDefinition definition) {
        SmppSettings.of(definition);
    }

    @Override
    public SmsProvider create(ProviderDefinition definition, ProviderEvents events) {
        return new SmppProvider(definition.name(), SmppSettings.of(definition), events, scheduler);
    }
}
