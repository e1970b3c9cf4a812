package io.smsgateway.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.smsgateway.campaign.CampaignService;
import io.smsgateway.campaign.RecipientStatus;
import io.smsgateway.dispatch.DispatchQueue;
import io.smsgateway.message.MessageStatusChanged;
import io.smsgateway.message.MessageStore;
import io.smsgateway.provider.ActiveProvider;
import io.smsgateway.provider.ProviderRegistry;
import io.smsgateway.webhook.WebhookDelivery;
import io.smsgateway.webhook.WebhookStore;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToLongFunction;

/**
 * The gateway's business figures in Prometheus format, kept in the WAR (Micrometer) so that they read
 * the same on every server. Counters follow the message life cycle as it commits; the figures that
 * live in the database (queue, unmatched receipts, webhooks, campaigns) are read when scraped, at
 * most once per {@link #FIGURES_MAX_AGE}; provider figures come from the running providers.
 */
@ApplicationScoped
public class GatewayMetrics {

    private static final Duration FIGURES_MAX_AGE = Duration.ofSeconds(5);

    @Inject
    private MessageStore messages;

    @Inject
    private DispatchQueue queue;

    @Inject
    private WebhookStore webhooks;

    @Inject
    private CampaignService campaigns;

    @Inject
    private ProviderRegistry providers;

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicLong queueDepth = new AtomicLong();
    private final AtomicLong oldestQueuedSeconds = new AtomicLong();
    private final AtomicLong unmatchedReceipts = new AtomicLong();
    private final Map<WebhookDelivery.State, AtomicLong> webhookBacklog = new EnumMap<>(WebhookDelivery.State.class);
    private final Map<RecipientStatus, AtomicLong> campaignRecipients = new EnumMap<>(RecipientStatus.class);
    private MultiGauge providerAvailable;
    private MultiGauge providerCircuitOpen;
    private MultiGauge providerThroughputLimit;
    private volatile Instant figuresReadAt = Instant.EPOCH;

    @PostConstruct
    void register() {
        Gauge.builder("sms_queue_depth", queueDepth, AtomicLong::get)
                .description("Messages waiting for a provider (accepted, or queued for another try)").register(registry);
        Gauge.builder("sms_queue_oldest_seconds", oldestQueuedSeconds, AtomicLong::get)
                .description("How long the oldest waiting message has been due").register(registry);
        Gauge.builder("sms_receipts_unmatched", unmatchedReceipts, AtomicLong::get)
                .description("Delivery receipts kept because they match no message (yet)").register(registry);
        for (WebhookDelivery.State state : List.of(WebhookDelivery.State.PENDING, WebhookDelivery.State.DEAD)) {
            AtomicLong value = webhookBacklog.computeIfAbsent(state, s -> new AtomicLong());
            Gauge.builder("sms_webhook_notifications", value, AtomicLong::get).tag("state", state.name().toLowerCase())
                    .description("Status notifications still to deliver (pending) and given up after every attempt (dead)").register(registry);
        }
        for (RecipientStatus status : RecipientStatus.values()) {
            AtomicLong value = campaignRecipients.computeIfAbsent(status, s -> new AtomicLong());
            Gauge.builder("sms_campaign_recipients", value, AtomicLong::get).tag("status", status.name().toLowerCase())
                    .description("Recipients of running campaigns by where they stand").register(registry);
        }
        providerAvailable = MultiGauge.builder("sms_provider_available").description("1 when the provider can take messages (bound, circuit closed)")
                .register(registry);
        providerCircuitOpen = MultiGauge.builder("sms_provider_circuit_open").description("1 while the provider's circuit breaker is open")
                .register(registry);
        providerThroughputLimit = MultiGauge.builder("sms_provider_throughput_limit").description("Configured messages per second")
                .register(registry);
    }

    /** A dialect answered "accepted" for a message. */
    public void accepted(String dialect) {
        Counter.builder("sms_api_accepted").tag("dialect", dialect).description("Messages accepted, by API dialect").register(registry).increment();
    }

    void statusChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageStatusChanged changed) {
        Counter.builder("sms_messages")
                .tags("status", changed.change().getStatus().name().toLowerCase(), "provider", changed.message().getProvider().orElse("none"))
                .description("Messages that reached a status, by provider").register(registry).increment();
    }

    /** The figures in Prometheus' text format, the database ones read again when older than a few seconds. */
    public String scrape() {
        if (figuresReadAt.plus(FIGURES_MAX_AGE).isBefore(Instant.now())) {
            readFigures();
        }
        return registry.scrape();
    }

    private synchronized void readFigures() {
        Instant now = Instant.now();
        MessageStore.QueueFigures queued = messages.queueFigures();
        queueDepth.set(queued.depth());
        oldestQueuedSeconds.set(queued.oldestWaitSeconds(now));
        unmatchedReceipts.set(queue.unmatchedReceiptCount());
        webhooks.undeliveredCounts().forEach((state, count) -> webhookBacklog.get(state).set(count));
        campaigns.runningRecipientCounts().forEach((status, count) -> campaignRecipients.get(status).set(count));
        List<MultiGauge.Row<?>> available = new ArrayList<>();
        List<MultiGauge.Row<?>> circuitOpen = new ArrayList<>();
        List<MultiGauge.Row<?>> throughput = new ArrayList<>();
        for (ActiveProvider provider : providers.all()) {
            Tags tags = Tags.of("provider", provider.name());
            available.add(MultiGauge.Row.of(tags, provider.isAvailable() ? 1 : 0));
            circuitOpen.add(MultiGauge.Row.of(tags, provider.isCircuitOpen() ? 1 : 0));
            throughput.add(MultiGauge.Row.of(tags, provider.definition().throughput()));
            // Bound to the name, not to this instance: a provider that is changed is started anew, and a meter
            // registered once keeps the object it was first given.
            String name = provider.name();
            FunctionTimer.builder("sms_provider_submit", providers, running -> submitFigure(running, name, ActiveProvider::submitCount),
                            running -> submitFigure(running, name, ActiveProvider::submitNanos), TimeUnit.NANOSECONDS)
                    .tags(tags).description("Submissions to the provider and the time they took").register(registry);
            FunctionCounter.builder("sms_provider_submits_not_taken", providers,
                            running -> submitFigure(running, name, ActiveProvider::submitsNotTaken))
                    .tags(tags).description("Submissions the provider refused, could not take or never answered").register(registry);
        }
        providerAvailable.register(available, true);
        providerCircuitOpen.register(circuitOpen, true);
        providerThroughputLimit.register(throughput, true);
        figuresReadAt = now;
    }

    private static long submitFigure(ProviderRegistry providers, String name, ToLongFunction<ActiveProvider> figure) {
        return providers.byName(name).map(figure::applyAsLong).orElse(0L);
    }
}
