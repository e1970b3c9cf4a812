package io.smsgateway.provider;

/**
 * Builds the running providers of one {@link ProviderType}. Each transport package offers one as a
 * CDI bean, so that this package knows the transports only through this interface.
 */
public interface ProviderBuilder {

    ProviderType type();

    /** Fails with a clear message when a definition lacks what this type needs. */
    void validate(ProviderDefinition definition);

    /** {@code events} may be called from the provider's own threads. */
    SmsProvider create(ProviderDefinition definition, ProviderEvents events);
}
