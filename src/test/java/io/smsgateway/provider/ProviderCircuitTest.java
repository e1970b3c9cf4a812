package io.smsgateway.provider;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ProviderCircuitTest {

    @Test
    void opensAfterConsecutiveFailuresAndLetsOneTrialThroughLater() throws Exception {
        ProviderCircuit circuit = new ProviderCircuit(3, Duration.ofMillis(200));
        circuit.recordFailure();
        circuit.recordFailure();
        assertTrue(circuit.allowsCall());
        circuit.recordFailure();
        assertFalse(circuit.allowsCall(), "open");
        assertFalse(circuit.isClosed());
        Thread.sleep(250);
        assertTrue(circuit.allowsCall(), "half-open trial");
        assertFalse(circuit.allowsCall(), "only one trial at a time");
        circuit.recordSuccess();
        assertTrue(circuit.allowsCall());
        assertTrue(circuit.isClosed());
    }

    @Test
    void aSuccessResetsTheCount() {
        ProviderCircuit circuit = new ProviderCircuit(2, Duration.ofMinutes(1));
        circuit.recordFailure();
        circuit.recordSuccess();
        circuit.recordFailure();
        assertTrue(circuit.allowsCall());
    }
}
