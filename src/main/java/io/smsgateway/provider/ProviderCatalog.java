package io.smsgateway.provider;

import io.smsgateway.shared.DuplicateEntityException;
import io.smsgateway.shared.InvalidInputException;
import io.smsgateway.shared.UnknownEntityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The persisted provider configuration, managed by operators. */
@ApplicationScoped
@Transactional
public class ProviderCatalog {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<ProvidersChanged> changed;

    @Inject
    private ProviderFactory factory;

    public List<ProviderDefinition> all() {
        return em.createQuery("select p from ProviderConfig p order by p.name", ProviderConfig.class)
                .getResultStream().map(ProviderConfig::definition).toList();
    }

    public List<ProviderConfig> allConfigs() {
        return em.createQuery("select p from ProviderConfig p", ProviderConfig.class).getResultList();
    }

    public ProviderDefinition get(String name) {
        return find(name).definition();
    }

    /**
     * Adds a provider. An HTTP provider without a {@code callbackToken} gets a generated one, which
     * the answer carries in {@link Created#generatedCallbackToken()}: the only time it is shown.
     */
    public Created create(ProviderDefinition definition) {
        if (em.find(ProviderConfig.class, definition.name()) != null) {
            throw new DuplicateEntityException("provider " + definition.name() + " already exists");
        }
        String generated = null;
        if (definition.type() == ProviderType.HTTP && definition.setting(CallbackTokens.TOKEN, null) == null) {
            generated = CallbackTokens.generate();
            definition = definition.withSettings(Map.of(CallbackTokens.TOKEN, generated));
        }
        factory.validate(definition);
        ProviderConfig config = new ProviderConfig(definition.name(), definition.type());
        config.update(definition);
        em.persist(config);
        changed.fire(new ProvidersChanged());
        return new Created(config.definition(), generated);
    }

    /** A new provider, and the callback token generated for it (null when the operator gave one or the type has none). */
    public record Created(ProviderDefinition definition, String generatedCallbackToken) {

        @Override
        public String toString() {
            return "Created[" + definition + "]";
        }
    }

    /**
     * A new callback token for an HTTP provider, returned once. The one it replaces stays valid for
     * {@code grace}, so that receipts of messages already sent with it in their callback URL still count.
     */
    public String rotateCallbackToken(String name, Duration grace) {
        ProviderConfig config = find(name);
        ProviderDefinition current = config.definition();
        if (current.type() != ProviderType.HTTP) {
            throw new InvalidInputException("only HTTP providers have a callback token");
        }
        String token = CallbackTokens.generate();
        Map<String, String> rotated = new HashMap<>(Map.of(CallbackTokens.TOKEN, token));
        String previous = current.setting(CallbackTokens.TOKEN, null);
        if (previous != null) {
            rotated.put(CallbackTokens.PREVIOUS, previous);
            rotated.put(CallbackTokens.PREVIOUS_UNTIL, Instant.now().plus(grace).toString());
        }
        config.update(current.withSettings(rotated));
        changed.fire(new ProvidersChanged());
        return token;
    }

    /** Gives every HTTP provider stored without a callback token (before they were required) a new one; returns their names. */
    public List<String> requireCallbackTokens() {
        List<String> secured = new ArrayList<>();
        for (ProviderConfig config : allConfigs()) {
            ProviderDefinition definition = config.definition();
            if (definition.type() == ProviderType.HTTP && definition.setting(CallbackTokens.TOKEN, null) == null) {
                config.update(definition.withSettings(Map.of(CallbackTokens.TOKEN, CallbackTokens.generate())));
                secured.add(definition.name());
            }
        }
        if (!secured.isEmpty()) {
            changed.fire(new ProvidersChanged());
        }
        return secured;
    }

    /** Creates the provider unless it exists: configuration seeds a new database, it never overrides an operator. */
    public boolean createIfAbsent(ProviderDefinition definition) {
        if (em.find(ProviderConfig.class, definition.name()) != null) {
            return false;
        }
        create(definition);
        return true;
    }

    /**
     * Replaces a provider's configuration. Callback tokens are not part of what an operator sends
     * back (they read masked): absent or masked, the stored ones are kept; a new one is set by rotation.
     * Other secrets sent back masked keep their stored values too.
     */
    public ProviderDefinition replace(ProviderDefinition definition) {
        ProviderConfig config = find(definition.name());
        Map<String, String> stored = config.definition().settings();
        definition = definition.withSettings(definition.maskedSecretsFrom(stored)).withSettings(CallbackTokens.kept(stored, definition.settings()));
        factory.validate(definition);
        config.update(definition);
        changed.fire(new ProvidersChanged());
        return config.definition();
    }

    public ProviderDefinition enable(String name, boolean enable) {
        ProviderConfig config = find(name);
        config.enable(enable);
        changed.fire(new ProvidersChanged());
        return config.definition();
    }

    private ProviderConfig find(String name) {
        ProviderConfig config = em.find(ProviderConfig.class, name);
        if (config == null) {
            throw new UnknownEntityException("provider " + name + " does not exist");
        }
        return config;
    }

    /** CDI event: the provider configuration changed and running providers should follow. */
    public record ProvidersChanged() {
    }
}
