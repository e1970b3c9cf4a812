package io.smsgateway.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SlidingWindowCounterTest {

    private final SlidingWindowCounter counter = new SlidingWindowCounter(Duration.ofSeconds(60), 3);

    @Test
    void refusesTheEventBeyondTheLimitInsideTheWindow() {
        assertTrue(counter.tryTake("+393401234567", 1_000));
        assertTrue(counter.tryTake("+393401234567", 2_000));
        assertTrue(counter.tryTake("+393401234567", 3_000));
        assertFalse(counter.tryTake("+393401234567", 4_000));
        assertTrue(counter.tryTake("+393409999999", 4_000), "another key has its own window");
    }

    @Test
    void theWindowSlides() {
        counter.tryTake("k", 1_000);
        counter.tryTake("k", 30_000);
        counter.tryTake("k", 50_000);
        assertFalse(counter.tryTake("k", 60_999), "the first event is 59.999 s old: still inside");
        assertTrue(counter.tryTake("k", 61_000), "the first event left the window");
        assertFalse(counter.tryTake("k", 61_001));
    }

    @Test
    void aSlotGivenBackCanBeTakenAgain() {
        counter.tryTake("k", 1_000);
        counter.tryTake("k", 2_000);
        counter.tryTake("k", 3_000);
        counter.giveBack("k", 2_000);
        assertTrue(counter.tryTake("k", 4_000));
        assertFalse(counter.tryTake("k", 5_000));
    }

    @Test
    void idleKeysAreForgottenAndBusyOnesKept() {
        counter.tryTake("idle", 1_000);
        counter.tryTake("busy", 50_000);
        counter.evictIdle(70_000);
        assertEquals(1, counter.keys());
        assertTrue(counter.tryTake("idle", 70_000));
        assertTrue(counter.tryTake("busy", 70_000));
        assertTrue(counter.tryTake("busy", 70_001));
        assertFalse(counter.tryTake("busy", 70_002), "the busy key kept its event from 50 s");
    }

    @Test
    void concurrentTakesNeverExceedTheLimitEvenWhileKeysAreEvicted() throws InterruptedException {
        SlidingWindowCounter shared = new SlidingWindowCounter(Duration.ofSeconds(60), 100);
        AtomicInteger taken = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        for (int i = 0; i < 1_000; i++) {
            pool.execute(() -> {
                if (shared.tryTake("hot", 10_000)) {
                    taken.incrementAndGet();
                }
                shared.evictIdle(10_000);
            });
        }
        pool.shutdown();
        assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
        assertEquals(100, taken.get());
    }
}
