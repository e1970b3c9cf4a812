package io.smsgateway.webhook;

import io.smsgateway.work.WorkPump;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends stored notifications, never from a request thread. Only a 2xx answer counts as delivered;
 * anything else is retried on the configured schedule (honouring Retry-After), and a notification
 * whose tries are all used up is kept as DEAD. At most {@code gateway.webhook.concurrency} calls are
 * in flight, and at most {@code concurrency-per-host} to one receiver host, so that a slow or hanging
 * receiver delays only its own notifications; a finished call wakes the sender for the next one.
 */
@ApplicationScoped
public class WebhookSender {

    private static final Logger LOG = Logger.getLogger(WebhookSender.class.getName());
    private static final Duration LEASE = Duration.ofMinutes(2);
    /** How long a notification whose receiver host is busy waits before it is claimed again. */
    private static final Duration HOST_BUSY_DELAY = Duration.ofSeconds(2);

    @Resource(lookup = "java:comp/DefaultManagedThreadFactory")
    private ManagedThreadFactory threads;

    @Inject
    private WebhookStore store;

    @Inject
    private WebhookHttp http;

    @Inject
    private WebhookSettings settings;

    private WorkPump<WebhookDelivery> pump;
    private final Map<String, Semaphore> inFlightPerHost = new ConcurrentHashMap<>();

    @PostConstruct
    void init() {
        pump = new WorkPump<>("webhooks", threads, settings.concurrency(), settings.concurrency(), free -> store.claim(free, LEASE), this::send,
                () -> false);
    }

    @PreDestroy
    void stop() {
        pump.close();
    }

    public void wake() {
        pump.wake();
    }

    private void send(WebhookDelivery delivery) {
        Semaphore hostSlots = inFlightPerHost.computeIfAbsent(hostOf(delivery.url()), host -> new Semaphore(settings.concurrencyPerHost()));
        boolean hostSlot = hostSlots.tryAcquire();
        try {
            if (hostSlot) {
                attempt(delivery);
            } else {
                store.postpone(delivery.id(), Instant.now().plus(HOST_BUSY_DELAY));
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook " + delivery.id() + " could not be processed", e);
        } finally {
            if (hostSlot) {
                hostSlots.release();
            }
        }
    }

    private static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? "" : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    private void attempt(WebhookDelivery delivery) {
        URI uri;
        try {
            uri = URI.create(delivery.url());
        } catch (IllegalArgumentException e) {
            store.failed(delivery.id(), null, "invalid URL", null);
            return;
        }
        String refusal = OutboundAddressGuard.refusal(uri, settings.allowPrivateAddresses());
        if (refusal != null) {
            retryOrGiveUp(delivery, null, refusal, null);
            return;
        }
        long timestamp = Instant.now().getEpochSecond();
        Map<String, String> headers = new HashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("User-Agent", "sms-gateway-webhooks/1.0");
        headers.put("webhook-id", delivery.id());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        if (delivery.secret() != null) {
            headers.put("webhook-signature", WebhookSignature.sign(delivery.secret(), delivery.id(), timestamp, delivery.payload()));
        }
        switch (delivery.authType()) {
            case "BASIC" -> headers.put("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(delivery.authValue().getBytes(StandardCharsets.UTF_8)));
            case "BEARER" -> headers.put("Authorization", "Bearer " + delivery.authValue());
            default -> {
            }
        }
        try {
            WebhookHttp.Answer answer = http.post(uri, headers, delivery.payload());
            if (answer.status() >= 200 && answer.status() < 300) {
                store.delivered(delivery.id(), answer.status());
            } else {
                retryOrGiveUp(delivery, answer.status(), "HTTP " + answer.status(), answer.retryAfter().orElse(null));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            retryOrGiveUp(delivery, null, "interrupted", null);
        } catch (Exception e) {
            retryOrGiveUp(delivery, null, e.getClass().getSimpleName() + ": " + e.getMessage(), null);
        }
    }

    private void retryOrGiveUp(WebhookDelivery delivery, Integer status, String error, Duration retryAfter) {
        Duration delay = settings.retryDelay(delivery.attempts() + 1);
        if (delay != null && retryAfter != null && retryAfter.compareTo(delay) > 0) {
            delay = retryAfter;
        }
        Instant next = delay == null ? null : Instant.now().plus(delay);
        store.failed(delivery.id(), status, error, next);
        if (next == null) {
            LOG.warning(() -> "Webhook " + delivery.id() + (delivery.messageId() == null ? " for an inbound message" : " for message " + delivery.messageId()) + " is dead after "
                    + (delivery.attempts() + 1) + " attempts: " + error);
        }
    }
}
