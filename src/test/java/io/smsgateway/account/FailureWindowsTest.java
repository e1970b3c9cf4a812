package io.smsgateway.account;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class FailureWindowsTest {

    private static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");
    private final FailureWindows windows = new FailureWindows(3, Duration.ofMinutes(5));

    private void fail(String key, int times, Instant at) {
        for (int i = 0; i < times; i++) {
            windows.recordFailure(key, at);
        }
    }

    @Test
    void aKeyIsBlockedFromItsLimitUntilTheWindowEnds() {
        fail("203.0.113.7", 2, T0);
        assertFalse(windows.isBlocked("203.0.113.7", T0));
        fail("203.0.113.7", 1, T0.plusSeconds(10));
        assertTrue(windows.isBlocked("203.0.113.7", T0.plusSeconds(10)));
        assertTrue(windows.isBlocked("203.0.113.7", T0.plusSeconds(299)));
        assertFalse(windows.isBlocked("203.0.113.7", T0.plusSeconds(300)));
        assertFalse(windows.isBlocked("198.51.100.1", T0.plusSeconds(10)), "other keys are not affected");
    }

    @Test
    void failuresAfterTheWindowStartANewCount() {
        fail("alice", 2, T0);
        fail("alice", 2, T0.plusSeconds(301));
        assertFalse(windows.isBlocked("alice", T0.plusSeconds(301)));
        fail("alice", 1, T0.plusSeconds(302));
        assertTrue(windows.isBlocked("alice", T0.plusSeconds(302)));
    }

    @Test
    void forgettingAKeyUnblocksIt() {
        fail("alice", 3, T0);
        windows.forget("alice");
        assertFalse(windows.isBlocked("alice", T0));
    }

    @Test
    void aLimitOfZeroBlocksNothing() {
        FailureWindows disabled = new FailureWindows(0, Duration.ofMinutes(5));
        for (int i = 0; i < 100; i++) {
            disabled.recordFailure("alice", T0);
        }
        assertFalse(disabled.isBlocked("alice", T0));
    }

    @Test
    void memoryStaysBoundedAndEndedWindowsMakeRoom() {
        for (int i = 0; i < FailureWindows.MAX_KEYS; i++) {
            fail("key-" + i, 3, T0);
        }
        fail("late", 3, T0.plusSeconds(1));
        assertFalse(windows.isBlocked("late", T0.plusSeconds(1)), "a full table counts no new keys");
        assertTrue(windows.isBlocked("key-1", T0.plusSeconds(1)));
        fail("later", 3, T0.plusSeconds(400));
        assertTrue(windows.isBlocked("later", T0.plusSeconds(400)), "ended windows were dropped to make room");
    }
}
