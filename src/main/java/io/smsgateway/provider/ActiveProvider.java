package io.smsgateway.provider;

import io.smsgateway.shared.ClusterShare;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;

/**
 * A running provider with its own circuit breaker and throughput pacing. The dispatcher only sees
 * this wrapper. A provider's throughput is the carrier's contract for the whole cluster: this instance
 * paces itself to its share of it.
 */
public final class ActiveProvider {

    private static final long MAX_PACING_WAIT_MILLIS = 2_000;

    private final ProviderDefinition definition;
    private final SmsProvider provider;
    private final ProviderCircuit circuit;
    /** Since when it has been seen unavailable; null while it is available. */
    private volatile Instant unavailableSince;
    private final AtomicBoolean recovered = new AtomicBoolean();
    private final int throughputShare;
    private final TokenBucket pacing;
    private final LongAdder submits = new LongAdder();
    private final LongAdder submitNanos = new LongAdder();
    private final LongAdder submitsNotTaken = new LongAdder();
    private final RecentSubmits recent = new RecentSubmits();

    /** Where a running provider stands, for the operator: state, actual pace against its limit, window, latency. */
    public record Figures(State state, int throughputLimit, int throughputShare, double partsPerSecondLastMinute, int windowInUse, int windowSize,
            double averageSubmitMillis, double notTakenShare, long submitsLastFiveMinutes) {
    }

    public enum State {
        /** Bound (SMPP) or ready to take submissions. */
        UP,
        /** Binding, reconnecting or otherwise not ready. */
        CONNECTING,
        /** Refused calls after repeated failures, for a while. */
        CIRCUIT_OPEN,
        /** Switched off by the operator: not running. */
        DISABLED
    }

    ActiveProvider(ProviderDefinition definition, SmsProvider provider, ClusterShare cluster) {
        this.definition = definition;
        this.provider = provider;
        this.circuit = new ProviderCircuit(
                definition.intSetting("circuitFailures", 5),
                Duration.ofSeconds(definition.intSetting("circuitOpenSeconds", 30)));
        this.throughputShare = cluster.of(definition.throughput());
        this.pacing = new TokenBucket(throughputShare);
    }

    public String name() {
        return definition.name();
    }

    public ProviderDefinition definition() {
        return definition;
    }

    /** Parts per second this instance sends at most: its share of the cluster's contracted throughput. */
    public int throughputShare() {
        return throughputShare;
    }

    public boolean isAvailable() {
        boolean available = circuit.isClosed() && provider.isAvailable();
        if (available && unavailableSince != null) {
            unavailableSince = null;
            recovered.set(true);
        } else if (!available && unavailableSince == null) {
            unavailableSince = Instant.now();
        }
        return available;
    }

    /**
     * Down (unbound, circuit open) for less than {@code grace}: a brief outage, during which its
     * messages are accepted and wait for it rather than being refused.
     */
    public boolean isBrieflyUnavailable(Duration grace) {
        if (isAvailable()) {
            return false;
        }
        Instant since = unavailableSince;
        return since != null && since.plus(grace).isAfter(Instant.now());
    }

    /** Whether its circuit breaker is open (calls refused after repeated failures). */
    public boolean isCircuitOpen() {
        return !circuit.isClosed();
    }

    /** Submissions made since it started (each message once, whatever its parts), for the operator's figures. */
    public long submitCount() {
        return submits.sum();
    }

    /** Time spent in those submissions, the throughput wait excepted. */
    public long submitNanos() {
        return submitNanos.sum();
    }

    /** Those the provider did not take: refused, unavailable or without an answer. */
    public long submitsNotTaken() {
        return submitsNotTaken.sum();
    }

    /** Running, it is up, connecting or refusing calls for a while. */
    public State state() {
        return isCircuitOpen() ? State.CIRCUIT_OPEN : isAvailable() ? State.UP : State.CONNECTING;
    }

    public Figures figures() {
        long now = Instant.now().getEpochSecond();
        RecentSubmits.Summary lastMinute = recent.summary(now, Duration.ofMinutes(1));
        RecentSubmits.Summary lastFive = recent.summary(now, Duration.ofMinutes(5));
        SmsProvider.WindowUse window = provider.windowUse();
        return new Figures(state(), definition.throughput(), throughputShare, lastMinute.partsPerSecond(), window.inUse(), window.size(),
                lastFive.averageMillis(), lastFive.notTakenShare(), lastFive.submits());
    }

    /** Whether it became available again since this was last asked. */
    boolean cameBack() {
        isAvailable();
        return recovered.getAndSet(false);
    }

    public SubmitOutcome submit(OutboundSms sms, SubmissionIntent intent) {
        if (!circuit.allowsCall()) {
            return new SubmitOutcome.Unavailable("circuit open after repeated failures");
        }
        try {
            for (int part = 0; part < sms.text().segments(); part++) {
                if (!pacing.acquire(MAX_PACING_WAIT_MILLIS)) {
                    circuit.recordSuccess(); // busy is not broken
                    return new SubmitOutcome.Unavailable("throughput limit of " + throughputShare + "/s reached");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SubmitOutcome.Unavailable("interrupted");
        }
        SubmitOutcome outcome;
        long started = System.nanoTime();
        try {
            outcome = provider.submit(sms, intent);
        } catch (RuntimeException e) {
            outcome = new SubmitOutcome.Unavailable(e.toString());
        }
        if (!(outcome instanceof SubmitOutcome.ClaimLost)) {
            long elapsed = System.nanoTime() - started;
            boolean taken = outcome instanceof SubmitOutcome.Accepted;
            submits.increment();
            submitNanos.add(elapsed);
            if (!taken) {
                submitsNotTaken.increment();
            }
            recent.record(Instant.now().getEpochSecond(), taken, sms.text().segments(), elapsed);
        }
        if (outcome instanceof SubmitOutcome.Unavailable || outcome instanceof SubmitOutcome.Uncertain) {
            circuit.recordFailure();
        } else if (!(outcome instanceof SubmitOutcome.ClaimLost)) {
            circuit.recordSuccess();
        }
        return outcome;
    }

    /** How long a part it took may wait for its receipt before the upstream is asked; empty when it cannot be asked. */
    public Optional<Duration> queryStateAfter() {
        return provider.queryStateAfter();
    }

    public PartState queryState(String submittedId, String originator) {
        if (!isAvailable()) {
            return PartState.unanswered();
        }
        try {
            return provider.queryState(submittedId, originator);
        } catch (RuntimeException e) {
            return PartState.unanswered();
        }
    }

    void close() {
        provider.close();
    }
}
