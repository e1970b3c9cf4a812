package io.smsgateway.provider;

import io.smsgateway.shared.ClusterShare;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The running providers, kept in line with the persisted configuration: rebuilt at once when this
 * instance changes it, and on each refresh (other instances sharing the database).
 */
@ApplicationScoped
public class ProviderRegistry {

    private static final Logger LOG = Logger.getLogger(ProviderRegistry.class.getName());

    @Inject
    private ProviderCatalog catalog;

    @Inject
    private ProviderFactory factory;

    @Inject
    private ClusterShare cluster;

    private volatile List<ActiveProvider> active = List.of();
    private final Map<String, Instant> versions = new HashMap<>();
    private final Map<String, ActiveProvider> byName = new HashMap<>();

    /**
     * Runs after the change committed, in a transaction of its own: the committed one may still be
     * associated with the thread there, and WildFly refuses any work in it.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProviderCatalog.ProvidersChanged change) {
        refresh();
    }

    /** Starts, restarts or stops providers whose configuration changed since the last refresh. */
    public synchronized void refresh() {
        Map<String, ProviderConfig> current = new HashMap<>();
        for (ProviderConfig config : catalog.allConfigs()) {
            if (config.isEnabled()) {
                current.put(config.getName(), config);
            }
        }
        for (String name : List.copyOf(byName.keySet())) {
            ProviderConfig config = current.get(name);
            if (config == null || !config.getUpdatedAt().equals(versions.get(name))) {
                stop(name);
            }
        }
        for (ProviderConfig config : current.values()) {
            if (!byName.containsKey(config.getName())) {
                try {
                    ProviderDefinition definition = config.definition();
                    byName.put(definition.name(), new ActiveProvider(definition, factory.create(definition), cluster));
                    versions.put(definition.name(), config.getUpdatedAt());
                    LOG.info(() -> "Provider " + definition + " started");
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Provider " + config.getName() + " could not start", e);
                }
            }
        }
        active = List.copyOf(byName.values());
    }

    private void stop(String name) {
        ActiveProvider provider = byName.remove(name);
        versions.remove(name);
        if (provider != null) {
            provider.close();
            LOG.info(() -> "Provider " + name + " stopped");
        }
    }

    /** The providers able to take a message to this destination now: longest prefix first, then priority. */
    public List<ActiveProvider> candidates(String destination) {
        return active.stream()
                .filter(provider -> provider.definition().match(destination) >= 0)
                .filter(ActiveProvider::isAvailable)
                .sorted(Comparator.comparingInt((ActiveProvider p) -> -p.definition().match(destination))
                        .thenComparingInt(p -> p.definition().priority()))
                .toList();
    }

    public Optional<ActiveProvider> best(String destination) {
        return candidates(destination).stream().findFirst();
    }

    /**
     * Where a new message to this destination goes: the best available provider or, while every
     * provider serving it has been down for less than {@code grace}, the best of those (the message
     * waits in the queue for it). Empty when no provider serves the destination, or all have been
     * down longer.
     */
    public Optional<ActiveProvider> route(String destination, Duration grace) {
        return best(destination).or(() -> active.stream()
                .filter(provider -> provider.definition().match(destination) >= 0)
                .filter(provider -> provider.isBrieflyUnavailable(grace))
                .min(Comparator.comparingInt((ActiveProvider p) -> -p.definition().match(destination))
                        .thenComparingInt(p -> p.definition().priority())));
    }

    /** Providers that are available again since they were last seen down (each reported once). */
    public List<String> cameBack() {
        return active.stream().filter(ActiveProvider::cameBack).map(ActiveProvider::name).toList();
    }

    /** Messages per second the providers that can send now take together from this instance (its shares of their throughputs). */
    public int availableThroughput() {
        return all().stream().filter(ActiveProvider::isAvailable).mapToInt(ActiveProvider::throughputShare).sum();
    }

    public List<ActiveProvider> all() {
        return active;
    }

    public Optional<ActiveProvider> byName(String name) {
        return active.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Where a configured provider stands on this instance: an enabled one that is not running yet is still connecting. */
    public ActiveProvider.State stateOf(ProviderDefinition definition) {
        if (!definition.enabled()) {
            return ActiveProvider.State.DISABLED;
        }
        return byName(definition.name()).map(ActiveProvider::state).orElse(ActiveProvider.State.CONNECTING);
    }

    @PreDestroy
    synchronized void stopAll() {
        List.copyOf(byName.keySet()).forEach(this::stop);
        active = List.of();
    }
}
