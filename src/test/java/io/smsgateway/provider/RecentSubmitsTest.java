package io.smsgateway.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RecentSubmitsTest {

    private static final long NOW = 1_795_000_000L;

    @Test
    void paceLatencyAndShareNotTakenComeFromTheSecondsOfTheWindowOnly() {
        RecentSubmits recent = new RecentSubmits();
        for (int second = 1; second <= 60; second++) {
            recent.record(NOW - second, true, 2, 4_000_000); // 2 parts a second, 4 ms each
        }
        recent.record(NOW - 10, false, 1, 30_000_000); // refused: no parts, 30 ms
        recent.record(NOW - 200, false, 1, 1_000_000); // within five minutes, not within one
        recent.record(NOW, true, 50, 1_000_000); // the current second is still filling: not counted yet

        RecentSubmits.Summary minute = recent.summary(NOW, Duration.ofMinutes(1));
        assertEquals(2.0, minute.partsPerSecond(), 1e-9);
        assertEquals(61, minute.submits());
        assertEquals(1, minute.notTaken());
        assertEquals((60 * 4.0 + 30.0) / 61, minute.averageMillis(), 1e-9);

        RecentSubmits.Summary five = recent.summary(NOW, Duration.ofMinutes(5));
        assertEquals(62, five.submits());
        assertEquals(2.0 / 62, five.notTakenShare(), 1e-9);
    }

    @Test
    void aBucketFromAnEarlierRoundOfTheRingIsNotCountedAgain() {
        RecentSubmits recent = new RecentSubmits();
        recent.record(NOW - 300, true, 5, 1_000_000); // the same slot as NOW, five minutes earlier
        assertEquals(0, recent.summary(NOW + 1, Duration.ofMinutes(1)).submits());
        recent.record(NOW, true, 1, 1_000_000);
        assertEquals(1, recent.summary(NOW + 1, Duration.ofMinutes(1)).submits(), "the slot was reset for its new second");
        assertEquals(0.0, new RecentSubmits().summary(NOW, Duration.ofMinutes(5)).notTakenShare());
    }
}
