package io.smsgateway.policy;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exact sliding-window counts per key, in memory: each key keeps the times of its events inside the
 * window, at most {@code limit} of them, so taking a slot costs O(1) amortised whatever the traffic
 * was before. A slot taken for a message that is then not stored is given back.
 */
final class SlidingWindowCounter {

    private final long windowMillis;
    private final int limit;
    private final Map<String, Events> byKey = new ConcurrentHashMap<>();

    /** The times of one key's events, oldest first; retired once evicted, so that nobody records into a forgotten copy. */
    private static final class Events {
        final ArrayDeque<Long> times = new ArrayDeque<>();
        boolean retired;
    }

    SlidingWindowCounter(Duration window, int limit) {
        this.windowMillis = window.toMillis();
        this.limit = limit;
    }

    /** Records an event for {@code key} at {@code nowMillis} unless {@code limit} are inside the window already. */
    boolean tryTake(String key, long nowMillis) {
        while (true) {
            Events events = byKey.computeIfAbsent(key, k -> new Events());
            synchronized (events) {
                if (events.retired) {
                    continue;
                }
                prune(events, nowMillis);
                if (events.times.size() >= limit) {
                    return false;
                }
                events.times.addLast(nowMillis);
                return true;
            }
        }
    }

    /** Gives back a slot taken at {@code takenAtMillis}. */
    void giveBack(String key, long takenAtMillis) {
        Events events = byKey.get(key);
        if (events != null) {
            synchronized (events) {
                events.times.removeLastOccurrence(takenAtMillis);
            }
        }
    }

    /** Forgets keys with nothing left inside the window, so that memory follows the recent traffic only. */
    void evictIdle(long nowMillis) {
        byKey.forEach((key, events) -> {
            synchronized (events) {
                prune(events, nowMillis);
                if (events.times.isEmpty()) {
                    events.retired = true;
                    byKey.remove(key, events);
                }
            }
        });
    }

    int keys() {
        return byKey.size();
    }

    private void prune(Events events, long nowMillis) {
        long oldestKept = nowMillis - windowMillis;
        while (!events.times.isEmpty() && events.times.peekFirst() <= oldestKept) {
            events.times.removeFirst();
        }
    }
}
