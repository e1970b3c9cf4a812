package io.smsgateway.provider.http;

import io.smsgateway.provider.ProviderBuilder;
import io.smsgateway.provider.ProviderDefinition;
import io.smsgateway.provider.ProviderEvents;
import io.smsgateway.provider.ProviderType;
import io.smsgateway.provider.SmsProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Builds HTTP providers on the shared upstream client; their callbacks come to this gateway's public URL. */
@ApplicationScoped
public class HttpProviders implements ProviderBuilder {

    @Inject
    private HttpUpstreamClient client;

    @Inject
    @ConfigProperty(name = "gateway.public-base-url", defaultValue = "http://localhost:8080")
    private String publicBaseUrl;

    @Override
    public ProviderType type() {
        return ProviderType.HTTP;
    }

    @Override
    public void validate(ProviderDefinition definition) {
        HttpProvider.Settings.of(definition);
    }

    @Override
    public SmsProvider create(ProviderDefinition definition, ProviderEvents events) {
        return new HttpProvider(definition.name(), HttpProvider.Settings.of(definition), events, client, publicBaseUrl);
    }
}
