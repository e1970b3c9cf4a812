package io.smsgateway.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkPumpTest {

    private final ExecutorService executor = Executors.newFixedThreadPool(16);
    private final Queue<Integer> due = new ConcurrentLinkedQueue<>();

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    private IntFunction<List<Integer>> claimFromQueue(AtomicInteger largestBatch) {
        return max -> {
            largestBatch.accumulateAndGet(max, Math::max);
            List<Integer> batch = new ArrayList<>();
            for (Integer item; batch.size() < max && (item = due.poll()) != null; ) {
                batch.add(item);
            }
            return batch;
        };
    }

    private static void await(CountDownLatch latch) throws InterruptedException {
        assertTrue(latch.await(10, TimeUnit.SECONDS), "the pump stalled with " + latch.getCount() + " items left");
    }

    @Test
    void everyDueItemIsWorkedOnceWithNeverMoreThanTheWindowInFlight() throws InterruptedException {
        for (int i = 0; i < 500; i++) {
            due.add(i);
        }
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger mostInFlight = new AtomicInteger();
        AtomicInteger largestBatch = new AtomicInteger();
        Set<Integer> worked = ConcurrentHashMap.newKeySet();
        CountDownLatch done = new CountDownLatch(500);
        WorkPump<Integer> pump = new WorkPump<>("test", executor, 8, 5, claimFromQueue(largestBatch), item -> {
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            assertTrue(worked.add(item), "item " + item + " worked twice");
            done.countDown();
        }, () -> false);

        pump.wake(); // one wake: a full window wakes the pump again as its workers finish
        await(done);
        assertEquals(500, worked.size());
        assertTrue(mostInFlight.get() <= 8, "in flight at once: " + mostInFlight.get());
        assertTrue(largestBatch.get() <= 5, "largest claim: " + largestBatch.get());
    }

    @Test
    void aWakeDuringADrainIsNotLostAndAFailingClaimIsRetriedOnTheNextWake() throws InterruptedException {
        AtomicBoolean failNext = new AtomicBoolean(true);
        AtomicInteger largestBatch = new AtomicInteger();
        IntFunction<List<Integer>> claim = claimFromQueue(largestBatch);
        CountDownLatch done = new CountDownLatch(3);
        WorkPump<Integer> pump = new WorkPump<>("test", executor, 4, 4, max -> {
            if (failNext.getAndSet(false)) {
                throw new IllegalStateException("database away");
            }
            return claim.apply(max);
        }, item -> done.countDown(), () -> false);

        due.add(1);
        pump.wake(); // the claim fails: nothing is worked, the pump stays usable
        Thread.sleep(100);
        assertEquals(3, done.getCount());
        due.add(2);
        due.add(3);
        for (int i = 0; i < 50; i++) {
            pump.wake();
        }
        await(done);
        assertEquals(0, pump.inFlight());
    }

    @Test
    void whilePausedNothingIsClaimed() throws InterruptedException {
        AtomicBoolean paused = new AtomicBoolean(true);
        CountDownLatch done = new CountDownLatch(1);
        WorkPump<Integer> pump = new WorkPump<>("test", executor, 4, 4, claimFromQueue(new AtomicInteger()), item -> done.countDown(), paused::get);
        due.add(1);
        pump.wake();
        Thread.sleep(100);
        assertEquals(1, due.size(), "claimed while paused");
        paused.set(false);
        pump.wake();
        await(done);
    }
}
