package io.smsgateway.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failed attempts per key (a username, a client address) within a window that starts at the
 * first failure; a key that reaches the limit is blocked until its window ends. Memory is bounded:
 * when too many keys are tracked, windows that have ended are dropped, and if that is not enough new
 * keys go uncounted rather than growing the map without end.
 */
final class FailureWindows {

    static final int MAX_KEYS = 10_000;

    private final int maxFailures;
    private final Duration window;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(int failures, Instant since) {

        boolean endedBy(Instant now, Duration length) {
            return !since.plus(length).isAfter(now);
        }
    }

    /** {@code maxFailures} 0 or less counts nothing and blocks nothing. */
    FailureWindows(int maxFailures, Duration window) {
        this.maxFailures = maxFailures;
        this.window = window;
    }

    boolean isBlocked(String key, Instant now) {
        Window current = maxFailures > 0 ? windows.get(key) : null;
        return current != null && current.failures() >= maxFailures && !current.endedBy(now, window);
    }

    void recordFailure(String key, Instant now) {
        if (maxFailures <= 0) {
            return;
        }
        if (windows.size() >= MAX_KEYS && !windows.containsKey(key)) {
            windows.values().removeIf(w -> w.endedBy(now, window));
            if (windows.size() >= MAX_KEYS) {
                return;
            }
        }
        windows.merge(key, new Window(1, now),
                (old, first) -> old.endedBy(now, window) ? first : new Window(old.failures() + 1, old.since()));
    }

    void forget(String key) {
        windows.remove(key);
    }
}
