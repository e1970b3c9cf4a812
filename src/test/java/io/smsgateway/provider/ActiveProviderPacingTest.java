package io.smsgateway.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.smsgateway.kernel.SmsText;
import io.smsgateway.shared.ClusterShare;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ActiveProviderPacingTest {

    private final AtomicInteger taken = new AtomicInteger();

    /** Takes every message at once. */
    private final SmsProvider upstream = new SmsProvider() {
        @Override
        public boolean isAvailable() {
            return true;
        }

        @Override
        public SubmitOutcome submit(OutboundSms sms, SubmissionIntent intent) {
            intent.record();
            return SubmitOutcome.Accepted.all(List.of("id-" + taken.incrementAndGet()));
        }

        @Override
        public void close() {
        }
    };

    private static ProviderDefinition throughput(int perSecond) {
        return new ProviderDefinition("carrier", ProviderType.SIMULATOR, true, 1, List.of("+39"), perSecond, Map.of());
    }

    private static OutboundSms sms() {
        return new OutboundSms(UUID.randomUUID(), "+393401234567", "Gateway", SmsText.of("hello"));
    }

    @Test
    void anInstanceOfATwoInstanceClusterSendsAtHalfTheContractedThroughput() {
        ActiveProvider provider = new ActiveProvider(throughput(4), upstream, new ClusterShare(2));

        assertEquals(4, provider.figures().throughputLimit());
        assertEquals(2, provider.figures().throughputShare());
        long started = System.nanoTime();
        for (int i = 0; i < 3; i++) {
            assertInstanceOf(SubmitOutcome.Accepted.class, provider.submit(sms(), () -> true));
        }
        long elapsedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        // Two parts per second with a burst of one second's worth: the third waits half a second, where
        // the whole contract (four per second) would have sent all three at once.
        assertTrue(elapsedMillis >= 400, "three submissions took only " + elapsedMillis + " ms");
        assertEquals(3, taken.get());
    }

    @Test
    void aSingleInstanceHasTheWholeContract() {
        ActiveProvider provider = new ActiveProvider(throughput(4), upstream, new ClusterShare(1));

        assertEquals(4, provider.throughputShare());
    }
}
