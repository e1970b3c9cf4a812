package io.smsgateway.persistence;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Writes that many threads ask for, gathered into shared transactions: while one transaction commits,
 * the items that arrive meanwhile wait, and the next transaction takes all of them at once (at most
 * {@code maxBatch}). A lone item waits for nothing but its own commit; under load, one commit serves
 * many callers. Each caller learns its item's result only once its batch committed. A batch that
 * fails is written again item by item, so that a bad item fails alone and its neighbours are not lost.
 * The writes run on a thread of their own (from a managed thread factory, for transactions): callers
 * that wait for them from a shared pool can never starve them.
 *
 * <p>Writers whose items trickle in one at a time (receipts answer submissions sent one by one) may
 * ask for a short {@code gathering} pause: while the previous commit was shared by several items (a
 * sign of concurrent callers), a batch found smaller than {@code maxBatch} waits that long once for
 * more before it commits, trading a few milliseconds of each item's wait for far fewer commits. A lone
 * caller (an upstream that sends its next receipt only once the last one is acknowledged) never waits.
 *
 * @param <T> what is written
 * @param <R> what each caller learns of its item
 */
public final class GroupCommit<T, R> implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(GroupCommit.class.getName());

    private final String name;
    private final ExecutorService executor;
    private final Function<List<T>, List<R>> writeInOneTransaction;
    private final int maxBatch;
    private final long gatheringNanos;
    private final ConcurrentLinkedQueue<Pending<T, R>> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();
    /** Only the writing thread reads and writes it. */
    private int lastBatchSize;

    private record Pending<T, R>(T item, CompletableFuture<R> result) {
    }

    /**
     * @param writeInOneTransaction writes the items in one transaction and returns one result per item,
     *                              in order; it throws (and writes nothing) when the transaction fails
     */
    public GroupCommit(String name, ThreadFactory threads, Function<List<T>, List<R>> writeInOneTransaction, int maxBatch) {
        this(name, threads, writeInOneTransaction, maxBatch, Duration.ZERO);
    }

    /** As above, a batch smaller than {@code maxBatch} waiting {@code gathering} once for more items before it commits. */
    public GroupCommit(String name, ThreadFactory threads, Function<List<T>, List<R>> writeInOneTransaction, int maxBatch,
            Duration gathering) {
        this.gatheringNanos = gathering.toNanos();
        this.name = name;
        this.executor = Executors.newSingleThreadExecutor(threads);
        this.writeInOneTransaction = writeInOneTransaction;
        this.maxBatch = Math.max(1, maxBatch);
    }

    /** Completes with the item's result once it is committed, or exceptionally with why it was not written. */
    public CompletableFuture<R> submit(T item) {
        Pending<T, R> pending = new Pending<>(item, new CompletableFuture<>());
        waiting.add(pending);
        startWriting();
        return pending.result();
    }

    private void startWriting() {
        if (writing.compareAndSet(false, true)) {
            try {
                executor.execute(this::writeWhileWaiting);
            } catch (RuntimeException refused) {
                writing.set(false);
                for (Pending<T, R> pending = waiting.poll(); pending != null; pending = waiting.poll()) {
                    pending.result().completeExceptionally(refused);
                }
            }
        }
    }

    private void writeWhileWaiting() {
        try {
            for (List<Pending<T, R>> batch = next(); !batch.isEmpty(); batch = next()) {
                write(batch);
            }
        } finally {
            writing.set(false);
            if (!waiting.isEmpty()) {
                startWriting();
            }
        }
    }

    private List<Pending<T, R>> next() {
        List<Pending<T, R>> batch = new ArrayList<>();
        take(batch);
        if (!batch.isEmpty() && batch.size() < maxBatch && gatheringNanos > 0 && lastBatchSize > 1) {
            LockSupport.parkNanos(gatheringNanos);
            take(batch);
        }
        if (!batch.isEmpty()) {
            lastBatchSize = batch.size();
        }
        return batch;
    }

    private void take(List<Pending<T, R>> batch) {
        while (batch.size() < maxBatch) {
            Pending<T, R> pending = waiting.poll();
            if (pending == null) {
                break;
            }
            batch.add(pending);
        }
    }

    private void write(List<Pending<T, R>> batch) {
        try {
            complete(batch, writeInOneTransaction.apply(batch.stream().map(Pending::item).toList()));
        } catch (RuntimeException failed) {
            if (batch.size() == 1) {
                batch.get(0).result().completeExceptionally(failed);
                return;
            }
            LOG.log(Level.WARNING, name + ": a group commit of " + batch.size() + " items failed; writing them one by one", failed);
            for (Pending<T, R> pending : batch) {
                try {
                    complete(List.of(pending), writeInOneTransaction.apply(List.of(pending.item())));
                } catch (RuntimeException alone) {
                    pending.result().completeExceptionally(alone);
                }
            }
        }
    }

    /** Stops the writer; items still waiting fail. */
    @Override
    public void close() {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        for (Pending<T, R> pending = waiting.poll(); pending != null; pending = waiting.poll()) {
            pending.result().completeExceptionally(new IllegalStateException(name + " stopped"));
        }
    }

    private static <T, R> void complete(List<Pending<T, R>> batch, List<R> results) {
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).result().complete(results.get(i));
        }
    }
}
