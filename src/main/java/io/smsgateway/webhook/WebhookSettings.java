package io.smsgateway.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Operator settings of webhook delivery. */
@ApplicationScoped
public class WebhookSettings {

    /** About three days in all, the last tries a day apart. */
    @Inject
    @ConfigProperty(name = "gateway.webhook.retry-schedule-seconds", defaultValue = "5,300,1800,7200,18000,36000,50400,72000,86400")
    private List<Long> retrySchedule;

    @Inject
    @ConfigProperty(name = "gateway.webhook.allow-private-addresses", defaultValue = "false")
    private boolean allowPrivateAddresses;

    @Inject
    @ConfigProperty(name = "gateway.webhook.timeout-seconds", defaultValue = "15")
    private int timeoutSeconds;

    @Inject
    @ConfigProperty(name = "gateway.webhook.concurrency", defaultValue = "16")
    private int concurrency;

    @Inject
    @ConfigProperty(name = "gateway.webhook.concurrency-per-host", defaultValue = "4")
    private int concurrencyPerHost;

    /** The wait before the next attempt after {@code attemptsSoFar} failures, or null when there is none left. */
    public Duration retryDelay(int attemptsSoFar) {
        if (attemptsSoFar > retrySchedule.size()) {
            return null;
        }
        long base = retrySchedule.get(attemptsSoFar - 1) * 1000;
        long jitter = (long) (base * 0.1 * Math.random());
        return Duration.ofMillis(base + jitter);
    }

    public boolean allowPrivateAddresses() {
        return allowPrivateAddresses;
    }

    public Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    public int concurrency() {
        return concurrency;
    }

    /** Calls in flight to one receiver host at most: a slow or hanging receiver holds only these. */
    public int concurrencyPerHost() {
        return Math.max(1, Math.min(concurrencyPerHost, concurrency));
    }
}
