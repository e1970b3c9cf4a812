package io.smsgateway.provider;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ContextService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.EnumMap;
import java.util.Map;

/** Builds the running provider for a definition, by its type's {@link ProviderBuilder}. */
@ApplicationScoped
public class ProviderFactory {

    @Resource(lookup = "java:comp/DefaultContextService")
    private ContextService contextService;

    @Inject
    private ProviderEvents events;

    @Inject
    @Any
    private Instance<ProviderBuilder> available;

    private final Map<ProviderType, ProviderBuilder> builders = new EnumMap<>(ProviderType.class);

    @PostConstruct
    void collectBuilders() {
        available.forEach(builder -> builders.put(builder.type(), builder));
        for (ProviderType type : ProviderType.values()) {
            if (!builders.containsKey(type)) {
                throw new IllegalStateException("no provider builder for type " + type);
            }
        }
    }

    /** Fails with a clear message when a definition lacks what its type needs. */
    public void validate(ProviderDefinition definition) {
        builders.get(definition.type()).validate(definition);
    }

    SmsProvider create(ProviderDefinition definition) {
        ProviderBuilder builder = builders.get(definition.type());
        builder.validate(definition);
        // Providers report from their own I/O threads; the proxy gives those calls the application's context.
        return builder.create(definition, contextService.createContextualProxy(events, ProviderEvents.class));
    }
}
