package io.smsgateway.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class GroupCommitTest {

    private final ThreadFactory executor = Executors.defaultThreadFactory();
    private static final CountDownLatch OPEN = new CountDownLatch(0);
    private final List<List<Integer>> transactions = Collections.synchronizedList(new ArrayList<>());

    @Test
    void itemsArrivingWhileATransactionCommitsShareTheNextOne() throws Exception {
        CountDownLatch firstCommitting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", executor, items -> {
            transactions.add(items);
            if (transactions.size() == 1) {
                firstCommitting.countDown();
                await(release);
            }
            return items.stream().map(i -> i * 10).toList();
        }, 100);
        CompletableFuture<Integer> first = commit.submit(1);
        assertTrue(firstCommitting.await(5, TimeUnit.SECONDS));
        List<CompletableFuture<Integer>> waiting = new ArrayList<>();
        for (int i = 2; i <= 50; i++) {
            waiting.add(commit.submit(i));
        }
        release.countDown();
        assertEquals(10, first.get(5, TimeUnit.SECONDS));
        for (int i = 0; i < waiting.size(); i++) {
            assertEquals((i + 2) * 10, waiting.get(i).get(5, TimeUnit.SECONDS), "each caller gets its own item's result");
        }
        assertEquals(List.of(1), transactions.get(0));
        assertEquals(2, transactions.size(), "the 49 items that arrived meanwhile went in one transaction: " + transactions);
    }

    @Test
    void aBatchIsNeverLargerThanItsLimit() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", executor, recording(release), 10);
        List<CompletableFuture<Integer>> all = new ArrayList<>();
        for (int i = 0; i < 35; i++) {
            all.add(commit.submit(i));
        }
        release.countDown();
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
        assertTrue(transactions.stream().allMatch(t -> t.size() <= 10), transactions.toString());
        assertEquals(35, transactions.stream().mapToInt(List::size).sum());
    }

    @Test
    void aFailingItemFailsAloneAndItsNeighboursAreWritten() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", executor, items -> {
            await(release);
            if (items.contains(13)) {
                throw new IllegalStateException("constraint violated by 13");
            }
            transactions.add(items);
            return items;
        }, 100);
        List<CompletableFuture<Integer>> all = new ArrayList<>();
        for (int i = 10; i < 16; i++) {
            all.add(commit.submit(i));
        }
        release.countDown();
        for (CompletableFuture<Integer> result : all) {
            if (result == all.get(3)) {
                CompletionException failure = assertThrows(CompletionException.class, result::join);
                assertEquals("constraint violated by 13", failure.getCause().getMessage());
            } else {
                result.get(5, TimeUnit.SECONDS);
            }
        }
        assertTrue(transactions.stream().noneMatch(t -> t.contains(13)));
        assertEquals(5, transactions.stream().mapToInt(List::size).sum(), "the other five were committed: " + transactions);
    }

    @Test
    void onceCommitsAreSharedItemsTricklingInWithinTheGatheringPauseShareOneTransaction() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", executor, recording(release), 100, Duration.ofSeconds(1));
        List<CompletableFuture<Integer>> all = new ArrayList<>();
        all.add(commit.submit(0));
        // 0 alone in the first transaction, held there, so that 1 and 2 certainly share the second: a shared
        // commit is what turns the gathering pause on (had the writer taken 0 and 1 together, 2 would have
        // been alone, and the pause off).
        for (long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5); transactions.isEmpty() && System.nanoTime() < deadline; ) {
            Thread.sleep(1);
        }
        all.add(commit.submit(1));
        all.add(commit.submit(2));
        release.countDown();
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
        assertEquals(List.of(List.of(0), List.of(1, 2)), transactions, "the commits before the trickle");
        for (int i = 3; i < 6; i++) {
            all.add(commit.submit(i));
            Thread.sleep(50);
        }
        CompletableFuture.allOf(all.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);
        assertEquals(List.of(3, 4, 5), transactions.get(transactions.size() - 1), "items 50 ms apart, one commit: " + transactions);
    }

    @Test
    void aLoneCallerNeverWaitsForOthers() throws Exception {
        GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", executor, recording(OPEN), 100, Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            assertEquals(i, commit.submit(i).get(5, TimeUnit.SECONDS));
        }
        assertEquals(List.of(List.of(0), List.of(1), List.of(2)), transactions);
    }

    @Test
    void aFullBatchCommitsWithoutGathering() throws Exception {
        GroupCommit<Integer, Integer> commit = new GroupCommit<>("test", executor, recording(OPEN), 1, Duration.ofMinutes(1));
        commit.submit(7).get(5, TimeUnit.SECONDS);
        assertEquals(List.of(List.of(7)), transactions);
    }

    /** A transaction that records its items and commits once {@code release} is open. */
    private Function<List<Integer>, List<Integer>> recording(CountDownLatch release) {
        return items -> {
            transactions.add(items);
            await(release);
            return items;
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
