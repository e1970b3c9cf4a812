package io.smsgateway.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ConsoleSessionTest {

    private static final Instant START = Instant.parse("2026-11-28T09:00:00Z");
    private static final Duration IDLE = Duration.ofMinutes(30);
    private static final Duration MAX_AGE = Duration.ofHours(12);

    @Test
    void aSessionLastsWhileUsedButNeverLongerThanItsMaximumAge() {
        ConsoleSession session = new ConsoleSession("hash", "admin", "csrf", START, IDLE);
        assertTrue(session.isLive(START.plus(Duration.ofMinutes(29)), MAX_AGE));
        assertFalse(session.isLive(START.plus(IDLE), MAX_AGE), "idle for the whole idle time");

        Instant later = START;
        for (int i = 0; i < 24; i++) { // used every 25 minutes
            later = later.plus(Duration.ofMinutes(25));
            assertTrue(session.isLive(later, MAX_AGE), "used at " + later);
            session.touch(later, IDLE);
        }
        assertFalse(session.isLive(START.plus(MAX_AGE), MAX_AGE), "used all along, it still ends at its maximum age");
    }

    @Test
    void aTouchWithinAMinuteOfTheLastOneWritesNothing() {
        ConsoleSession session = new ConsoleSession("hash", "admin", "csrf", START, IDLE);
        assertFalse(session.touch(START.plusSeconds(30), IDLE));
        assertTrue(session.touch(START.plusSeconds(61), IDLE));
        assertTrue(session.isLive(START.plus(IDLE).plusSeconds(60), MAX_AGE));
    }
}
