package io.smsgateway.provider;

import io.smsgateway.shared.DuplicateEntityException;
import io.smsgateway.shared.UnknownEntityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;

/** The persisted provider configuration, managed by operators. */
@ApplicationScoped
@Transactional
public class ProviderCatalog {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<ProvidersChanged> changed;

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

    public ProviderDefinition create(ProviderDefinition definition) {
        if (em.find(ProviderConfig.class, definition.name()) != null) {
            throw new DuplicateEntityException("provider " + definition.name() + " already exists");
        }
        ProviderFactory.validate(definition);
        ProviderConfig config = new ProviderConfig(definition.name(), definition.type());
        config.update(definition);
        em.persist(config);
        changed.fire(new ProvidersChanged());
        return config.definition();
    }

    /** Creates the provider unless it exists: configuration seeds a new database, it never overrides an operator. */
    public boolean createIfAbsent(ProviderDefinition definition) {
        if (em.find(ProviderConfig.class, definition.name()) != null) {
            return false;
        }
        create(definition);
        return true;
    }

    public ProviderDefinition replace(ProviderDefinition definition) {
        ProviderConfig config = find(definition.name());
        ProviderFactory.validate(definition);
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
