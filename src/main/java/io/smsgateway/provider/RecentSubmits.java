package io.smsgateway.provider;

import java.time.Duration;

/**
 * A provider's submissions over the last minutes, one bucket per second, for the operator's figures
 * (actual throughput, share not taken, latency). Per instance: each instance reports what it sent.
 */
final class RecentSubmits {

    /** What the last {@code window} looked like. */
    record Summary(double partsPerSecond, long submits, long notTaken, double averageMillis) {

        double notTakenShare() {
            return submits == 0 ? 0 : (double) notTaken / submits;
        }
    }

    private static final int SECONDS = 300;

    private final long[] second = new long[SECONDS];
    private final long[] submits = new long[SECONDS];
    private final long[] notTaken = new long[SECONDS];
    private final long[] parts = new long[SECONDS];
    private final long[] nanos = new long[SECONDS];

    synchronized void record(long epochSecond, boolean taken, int partCount, long elapsedNanos) {
        int slot = slot(epochSecond);
        if (second[slot] != epochSecond) {
            second[slot] = epochSecond;
            submits[slot] = 0;
            notTaken[slot] = 0;
            parts[slot] = 0;
            nanos[slot] = 0;
        }
        submits[slot]++;
        notTaken[slot] += taken ? 0 : 1;
        parts[slot] += taken ? partCount : 0;
        nanos[slot] += elapsedNanos;
    }

    /** The seconds before {@code nowEpochSecond} within {@code window} (at most five minutes); the current second is still filling. */
    synchronized Summary summary(long nowEpochSecond, Duration window) {
        int seconds = (int) Math.min(SECONDS - 1, Math.max(1, window.toSeconds()));
        long totalSubmits = 0;
        long totalNotTaken = 0;
        long totalParts = 0;
        long totalNanos = 0;
        for (long s = nowEpochSecond - seconds; s < nowEpochSecond; s++) {
            int slot = slot(s);
            if (second[slot] == s) {
                totalSubmits += submits[slot];
                totalNotTaken += notTaken[slot];
                totalParts += parts[slot];
                totalNanos += nanos[slot];
            }
        }
        return new Summary((double) totalParts / seconds, totalSubmits, totalNotTaken,
                totalSubmits == 0 ? 0 : totalNanos / 1e6 / totalSubmits);
    }

    private static int slot(long epochSecond) {
        return (int) Math.floorMod(epochSecond, (long) SECONDS);
    }
}
