package io.smsgateway.work;

import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Hands claimed work to a worker, at most {@code window} items in flight. {@link #wake} asks for a
 * drain: claims in batches of at most {@code batchSize} while the window has room and the source has
 * due items. One drain runs at a time; a wake that arrives while one runs makes it go round again, and
 * a wake that arrives as it finishes starts a new one, so no wake is ever lost. A worker that finishes
 * after a drain stopped for want of room wakes the pump; a window filled by items started outside the
 * pump ({@link #reserve}) wakes nothing, since nothing was left unclaimed.
 *
 * @param <T> a claimed item
 */
public final class WorkPump<T> {

    private static final Logger LOG = Logger.getLogger(WorkPump.class.getName());

    private final String name;
    private final Executor executor;
    private final int window;
    private final int batchSize;
    private final IntFunction<List<T>> claim;
    private final Consumer<T> worker;
    private final BooleanSupplier paused;
    private final Semaphore room;
    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    /** A drain stopped for want of room: items may be due that nobody claimed. */
    private final AtomicBoolean starved = new AtomicBoolean();

    /**
     * @param claim  claims at most the given number of due items (each claimed under a lease, so that
     *               an item whose worker died is claimed again when its lease ends)
     * @param paused while true nothing more is claimed (a shutdown draining what is in flight)
     */
    public WorkPump(String name, Executor executor, int window, int batchSize, IntFunction<List<T>> claim, Consumer<T> worker,
            BooleanSupplier paused) {
        this.name = name;
        this.executor = executor;
        this.window = window;
        this.batchSize = batchSize;
        this.claim = claim;
        this.worker = worker;
        this.paused = paused;
        this.room = new Semaphore(window);
    }

    /** Asks for a drain; cheap and safe to call from anywhere, any number of times. */
    public void wake() {
        wakeRequested.set(true);
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    /**
     * Takes a place in the window for an item claimed outside the pump (work created on this
     * instance, leased as it is stored); false when the window is full or the pump paused. The place
     * is used by {@link #start} or given back by {@link #cancelReservation}.
     */
    public boolean reserve() {
        return !paused.getAsBoolean() && room.tryAcquire();
    }

    /** Hands an item claimed under a {@link #reserve} to the worker. */
    public void start(T item) {
        executor.execute(() -> work(item));
    }

    /** Gives back a {@link #reserve} whose item was not claimed after all. */
    public void cancelReservation() {
        room.release();
    }

    /** Items handed to the worker (or reserved for it) and not finished yet. */
    public int inFlight() {
        return window - room.availablePermits();
    }

    private void drain() {
        try {
            while (wakeRequested.getAndSet(false)) {
                drainOnce();
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, name + ": claiming failed; the next wake retries", e);
        } finally {
            draining.set(false);
            // A wake that came after the last check but before the flag was cleared must not be lost.
            if (wakeRequested.get() && draining.compareAndSet(false, true)) {
                executor.execute(this::drain);
            }
        }
    }

    private void drainOnce() {
        while (!paused.getAsBoolean()) {
            // Said before looking, so that a worker finishing meanwhile either leaves its room to be seen
            // here or sees this and wakes the pump.
            starved.set(true);
            int free = Math.min(batchSize, room.availablePermits());
            if (free == 0 || !room.tryAcquire(free)) {
                return; // a finishing worker wakes the pump again
            }
            starved.set(false);
            List<T> claimed;
            try {
                claimed = claim.apply(free);
            } catch (RuntimeException e) {
                room.release(free);
                throw e;
            }
            room.release(free - claimed.size());
            for (T item : claimed) {
                executor.execute(() -> work(item));
            }
            if (claimed.size() < free) {
                return;
            }
        }
    }

    private void work(T item) {
        try {
            worker.accept(item);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, name + ": an item failed; it is claimed again when its lease ends", e);
        } finally {
            room.release();
            if (starved.compareAndSet(true, false)) {
                wake();
            }
        }
    }
}
