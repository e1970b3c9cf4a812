package io.smsgateway.work;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WorkPumpTest {

    private final List<WorkPump<?>> pumps = new ArrayList<>();
    private final Queue<Integer> due = new ConcurrentLinkedQueue<>();

    @AfterEach
    void stop() {
        pumps.forEach(WorkPump::close);
    }

    private <T> WorkPump<T> pump(int window, int batchSize, IntFunction<List<T>> claim, Consumer<T> worker, BooleanSupplier paused) {
        WorkPump<T> pump = new WorkPump<>("test", Executors.defaultThreadFactory(), window, batchSize, claim, worker, paused);
        pumps.add(pump);
        return pump;
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

    /** A worker counts its item done before it gives its place back: waits for the places, at most 10 s. */
    private static void awaitNothingInFlight(WorkPump<?> pump) throws InterruptedException {
        for (int i = 0; i < 1_000 && pump.inFlight() > 0; i++) {
            Thread.sleep(10);
        }
        assertEquals(0, pump.inFlight());
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
        WorkPump<Integer> pump = pump(8, 5, claimFromQueue(largestBatch), item -> {
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
        WorkPump<Integer> pump = pump(4, 4, max -> {
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
        awaitNothingInFlight(pump);
    }

    @Test
    void whilePausedNothingIsClaimed() throws InterruptedException {
        AtomicBoolean paused = new AtomicBoolean(true);
        CountDownLatch done = new CountDownLatch(1);
        WorkPump<Integer> pump = pump(4, 4, claimFromQueue(new AtomicInteger()), item -> done.countDown(), paused::get);
        due.add(1);
        pump.wake();
        Thread.sleep(100);
        assertEquals(1, due.size(), "claimed while paused");
        paused.set(false);
        pump.wake();
        await(done);
    }

    @Test
    void itemsStartedUnderAReservationShareTheWindowWithClaimedOnes() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(3);
        WorkPump<Integer> pump = pump(3, 3, claimFromQueue(new AtomicInteger()), item -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            done.countDown();
        }, () -> false);

        assertTrue(pump.reserve());
        assertTrue(pump.reserve());
        assertTrue(pump.reserve());
        assertFalse(pump.reserve(), "a full window takes no more");
        pump.cancelReservation();
        assertEquals(2, pump.inFlight());
        pump.start(1);
        pump.start(2);
        due.add(3);
        pump.wake();
        // the claimed item takes the place given back; the window stays at three
        for (int i = 0; i < 100 && pump.inFlight() < 3; i++) {
            Thread.sleep(10);
        }
        assertEquals(3, pump.inFlight());
        assertFalse(pump.reserve());

        release.countDown();
        await(done);
        awaitNothingInFlight(pump);
        assertTrue(pump.reserve(), "the places are back once the items are done");
    }

    @Test
    void aPausedPumpReservesNothing() {
        WorkPump<Integer> pump = pump(3, 3, claimFromQueue(new AtomicInteger()), item -> {
        }, () -> true);

        assertFalse(pump.reserve());
        assertEquals(0, pump.inFlight());
    }

    @Test
    void itemsStartedUnderReservationsMakeNobodyClaimWhenTheyFinish() throws InterruptedException {
        AtomicInteger claims = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(2);
        WorkPump<Integer> pump = pump(2, 2, max -> {
            claims.incrementAndGet();
            return List.of();
        }, item -> done.countDown(), () -> false);

        assertTrue(pump.reserve());
        assertTrue(pump.reserve());
        pump.start(1);
        pump.start(2);
        await(done);
        awaitNothingInFlight(pump);
        Thread.sleep(100); // a wake would claim on another thread

        assertEquals(0, claims.get(), "the full window was not left by a drain: nothing waits unclaimed");
    }

    @Test
    void aWholeWindowOfWaitingWorkersIsInFlightAtOnce() throws InterruptedException {
        int window = 300;
        for (int i = 0; i < window; i++) {
            due.add(i);
        }
        CountDownLatch allStarted = new CountDownLatch(window);
        CountDownLatch release = new CountDownLatch(1);
        WorkPump<Integer> pump = pump(window, 100, claimFromQueue(new AtomicInteger()), item -> {
            allStarted.countDown();
            try {
                release.await(); // as a worker waits for a commit or for an upstream's answer
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, () -> false);

        pump.wake();
        try {
            await(allStarted);
            assertEquals(window, pump.inFlight());
        } finally {
            release.countDown();
        }
        awaitNothingInFlight(pump);
    }

    @Test
    void anItemStartedAfterTheCloseGivesItsPlaceBack() {
        AtomicInteger worked = new AtomicInteger();
        WorkPump<Integer> pump = pump(2, 2, claimFromQueue(new AtomicInteger()), item -> worked.incrementAndGet(), () -> false);
        assertTrue(pump.reserve());

        pump.close();
        pump.start(1);

        assertEquals(0, pump.inFlight());
        assertEquals(0, worked.get());
    }
}
