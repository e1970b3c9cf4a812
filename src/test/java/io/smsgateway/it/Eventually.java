package io.smsgateway.it;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for an asynchronous outcome (a delivery, a timer, a restart) by polling the gateway. The wait is
 * generous because it only costs time when the test is about to fail anyway, and a slow or busy build
 * machine must not turn a correct gateway red.
 */
public final class Eventually {

    public static final Duration PATIENCE = Duration.ofSeconds(90);

    private Eventually() {
    }

    /** Polls until {@code condition} holds and returns the value that satisfied it; fails with the last value seen. */
    public static <T> T until(String what, Supplier<T> probe, Predicate<T> condition) {
        return until(what, probe, condition, PATIENCE);
    }

    /** Polls until {@code condition} is true. */
    public static void holds(String what, BooleanSupplier condition) {
        until(what, condition::getAsBoolean, Boolean::booleanValue, PATIENCE);
    }

    public static <T> T until(String what, Supplier<T> probe, Predicate<T> condition, Duration within) {
        Instant deadline = Instant.now().plus(within);
        T last = probe.get();
        while (!condition.test(last)) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + " did not happen within " + within.toSeconds() + " s; last seen: " + last);
            }
            pause();
            last = probe.get();
        }
        return last;
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting", e);
        }
    }
}
