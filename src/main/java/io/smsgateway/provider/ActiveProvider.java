package io.smsgateway.provider;

import java.time.Duration;

/**
 * A running provider with its own circuit breaker and throughput pacing. The dispatcher only sees
 * this wrapper.
 */
public final class ActiveProvider {

    private static final long MAX_PACING_WAIT_MILLIS = 2_000;

    private final ProviderDefinition definition;
    private final SmsProvider provider;
    private final ProviderCircuit circuit;
    private final TokenBucket pacing;

    ActiveProvider(ProviderDefinition definition, SmsProvider provider) {
        this.definition = definition;
        this.provider = provider;
        this.circuit = new ProviderCircuit(
                definition.intSetting("circuitFailures", 5),
                Duration.ofSeconds(definition.intSetting("circuitOpenSeconds", 30)));
        this.pacing = new TokenBucket(definition.throughput());
    }

    public String name() {
        return definition.name();
    }

    public ProviderDefinition definition() {
        return definition;
    }

    public boolean isAvailable() {
        return circuit.isClosed() && provider.isAvailable();
    }

    public SubmitOutcome submit(OutboundSms sms) {
        if (!circuit.allowsCall()) {
            return new SubmitOutcome.Unavailable("circuit open after repeated failures");
        }
        try {
            for (int part = 0; part < sms.text().segments(); part++) {
                if (!pacing.acquire(MAX_PACING_WAIT_MILLIS)) {
                    circuit.recordSuccess(); // busy is not broken
                    return new SubmitOutcome.Unavailable("throughput limit of " + definition.throughput() + "/s reached");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SubmitOutcome.Unavailable("interrupted");
        }
        SubmitOutcome outcome;
        try {
            outcome = provider.submit(sms);
        } catch (RuntimeException e) {
            outcome = new SubmitOutcome.Unavailable(e.toString());
        }
        if (outcome instanceof SubmitOutcome.Unavailable) {
            circuit.recordFailure();
        } else {
            circuit.recordSuccess();
        }
        return outcome;
    }

    void close() {
        provider.close();
    }
}
