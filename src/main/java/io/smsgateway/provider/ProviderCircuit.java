package io.smsgateway.provider;

import java.time.Duration;
import java.time.Instant;

/**
 * A circuit breaker of one provider. MicroProfile Fault Tolerance keeps one breaker per bean method,
 * shared by every provider of the same kind; this one belongs to a single provider, so one SMSC
 * going down never opens the circuit of another.
 */
final class ProviderCircuit {

    private final int failureThreshold;
    private final Duration openFor;
    private int consecutiveFailures;
    private Instant openUntil = Instant.MIN;
    private boolean trialInFlight;

    ProviderCircuit(int failureThreshold, Duration openFor) {
        this.failureThreshold = failureThreshold;
        this.openFor = openFor;
    }

    /** Whether a call may go through now; after the open period, one trial call is let through. */
    synchronized boolean allowsCall() {
        if (consecutiveFailures < failureThreshold) {
            return true;
        }
        if (Instant.now().isBefore(openUntil) || trialInFlight) {
            return false;
        }
        trialInFlight = true;
        return true;
    }

    synchronized boolean isClosed() {
        return consecutiveFailures < failureThreshold || !Instant.now().isBefore(openUntil);
    }

    synchronized void recordSuccess() {
        consecutiveFailures = 0;
        trialInFlight = false;
    }

    synchronized void recordFailure() {
        consecutiveFailures++;
        trialInFlight = false;
        if (consecutiveFailures >= failureThreshold) {
            openUntil = Instant.now().plus(openFor);
        }
    }
}
