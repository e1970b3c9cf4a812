package io.smsgateway.dispatch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Operator settings of the dispatcher. */
@ApplicationScoped
public class DispatchSettings {

    @Inject
    @ConfigProperty(name = "gateway.dispatch.batch-size", defaultValue = "100")
    private int batchSize;

    @Inject
    @ConfigProperty(name = "gateway.dispatch.window", defaultValue = "256")
    private int window;

    @Inject
    @ConfigProperty(name = "gateway.dispatch.lease-seconds", defaultValue = "120")
    private int leaseSeconds;

    @Inject
    @ConfigProperty(name = "gateway.dispatch.retry-base-seconds", defaultValue = "5")
    private int retryBaseSeconds;

    @Inject
    @ConfigProperty(name = "gateway.dispatch.retry-max-seconds", defaultValue = "600")
    private int retryMaxSeconds;

    @Inject
    @ConfigProperty(name = "gateway.message.validity-hours", defaultValue = "48")
    private int validityHours;

    @Inject
    @ConfigProperty(name = "gateway.message.receipt-timeout-hours", defaultValue = "48")
    private int receiptTimeoutHours;

    @Inject
    @ConfigProperty(name = "gateway.dispatch.unmatched-receipt-keep-seconds", defaultValue = "86400")
    private int unmatchedReceiptKeepSeconds;

    public int batchSize() {
        return batchSize;
    }

    /** How many messages may be on their way to providers at once from this instance; 0 pauses dispatching. */
    public int window() {
        return window;
    }

    public Duration lease() {
        return Duration.ofSeconds(leaseSeconds);
    }

    /** Exponential backoff with full jitter: base * 2^attempts, capped. */
    public Duration retryDelay(int attempts) {
        long ceiling = Math.min(retryMaxSeconds, retryBaseSeconds * (1L << Math.min(attempts, 20)));
        long millis = Math.max(retryBaseSeconds * 1000L / 2, (long) (Math.random() * ceiling * 1000));
        return Duration.ofMillis(millis);
    }

    /** How long a submitted message waits for its delivery receipt before it is EXPIRED. */
    public Duration receiptTimeout() {
        return Duration.ofHours(receiptTimeoutHours);
    }

    /** How long a receipt that matches no message is kept for a part recorded later, before it is logged and dropped. */
    public Duration unmatchedReceiptKeep() {
        return Duration.ofSeconds(unmatchedReceiptKeepSeconds);
    }

    public Duration validity() {
        return Duration.ofHours(validityHours);
    }
}
