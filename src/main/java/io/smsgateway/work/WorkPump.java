package io.smsgateway.work;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
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
 * <p>
 * A worker holds its thread while its item is in flight (waiting for a commit, an upstream's answer),
 * so the pump has threads of its own, as many as its window and one for claiming, made when needed
 * and ended when idle. A server's shared executor is no place for them: Payara's default refuses
 * tasks beyond 200 threads, WildFly's runs as many as it has core threads (sized by the CPU count)
 * and queues the rest, and either way the window would shrink to what the executor allows.
 *
 * @param <T> a claimed item
 */
public final class WorkPump<T> implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(WorkPump.class.getName());

    private final String name;
    private static final long IDLE_THREAD_SECONDS = 60;

    private final ExecutorService executor;
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
    public WorkPump(String name, ThreadFactory threads, int window, int batchSize, IntFunction<List<T>> claim, Consumer<T> worker,
            BooleanSupplier paused) {
        this.name = name;
        // The permits bound the tasks to the window and the drain. The pool itself is not bounded: a
        // worker that gave its place back is still counted until it is idle, and a bound there would
        // refuse the item that took its place.
        this.executor = new ThreadPoolExecutor(0, Integer.MAX_VALUE, IDLE_THREAD_SECONDS, TimeUnit.SECONDS, new SynchronousQueue<>(), threads);
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
            startDrain();
        }
    }

    private void startDrain() {
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException closed) {
            draining.set(false);
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
        try {
            executor.execute(() -> work(item));
        } catch (RejectedExecutionException closed) {
            room.release();
            LOG.fine(() -> name + ": closed; an item is left to be claimed again when its lease ends");
        }
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
                startDrain();
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
            claimed.forEach(this::start);
            if (claimed.size() < free) {
                return;
            }
        }
    }

    /** Stops taking work; items in flight finish on their threads. */
    @Override
    public void close() {
        executor.shutdown();
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
