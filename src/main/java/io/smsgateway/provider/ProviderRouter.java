package io.smsgateway.provider;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Chooses the provider for a destination: among enabled, available providers that serve it, the
 * longest matching prefix wins, then the lowest priority number.
 */
@ApplicationScoped
public class ProviderRouter {

    @Inject
    @Any
    private Instance<SmsProvider> providers;

    @Inject
    private Config config;

    private List<Route> routes;

    @PostConstruct
    void loadRoutes() {
        routes = providers.stream()
                .map(provider -> new Route(provider, ProviderSettings.read(config, provider.name())))
                .filter(route -> route.settings.enabled())
                .toList();
    }

    /** The providers able to take a message to this destination now, best first. */
    public List<SmsProvider> candidates(String destination) {
        return routes.stream()
                .filter(route -> route.settings.match(destination) >= 0)
                .filter(route -> route.provider.isAvailable())
                .sorted(Comparator.comparingInt((Route route) -> -route.settings.match(destination))
                        .thenComparingInt(route -> route.settings.priority()))
                .map(route -> route.provider)
                .toList();
    }

    public Optional<SmsProvider> best(String destination) {
        return candidates(destination).stream().findFirst();
    }

    public Optional<SmsProvider> byName(String name) {
        return routes.stream().map(route -> route.provider).filter(p -> p.name().equals(name)).findFirst();
    }

    private record Route(SmsProvider provider, ProviderSettings settings) {
    }
}
