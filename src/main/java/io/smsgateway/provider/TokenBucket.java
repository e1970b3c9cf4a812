package io.smsgateway.provider;

/** Paces submissions to a provider's contracted throughput (parts per second), with a one-second burst. */
final class TokenBucket {

    private final double ratePerNano;
    private final double capacity;
    private double tokens;
    private long refilledAt = System.nanoTime();

    TokenBucket(int perSecond) {
        this.capacity = Math.max(1, perSecond);
        this.ratePerNano = perSecond / 1_000_000_000.0;
        this.tokens = capacity;
    }

    /** Takes one token, waiting at most {@code maxWaitMillis}; false when the wait would be longer. */
    boolean acquire(long maxWaitMillis) throws InterruptedException {
        long waitNanos;
        synchronized (this) {
            refill();
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            waitNanos = (long) ((1 - tokens) / ratePerNano);
            if (waitNanos > maxWaitMillis * 1_000_000) {
                return false;
            }
            tokens -= 1; // reserved: the debt is paid by the refill while we sleep
        }
        Thread.sleep(waitNanos / 1_000_000, (int) (waitNanos % 1_000_000));
        return true;
    }

    private void refill() {
        long now = System.nanoTime();
        tokens = Math.min(capacity, tokens + (now - refilledAt) * ratePerNano);
        refilledAt = now;
    }
}
