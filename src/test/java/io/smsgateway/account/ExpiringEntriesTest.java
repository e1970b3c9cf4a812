package io.smsgateway.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ExpiringEntriesTest {

    private final ExpiringEntries<String, String> entries = new ExpiringEntries<>(2);

    @Test
    void anEntryCountsUntilItsExpiry() {
        entries.put("a", "first", 100, 0);

        assertEquals("first", entries.get("a", 99));
        assertEquals(1, entries.nanosLeft("a", 99));
        assertNull(entries.get("a", 100));
        assertEquals(0, entries.nanosLeft("a", 100));
        assertEquals(0, entries.nanosLeft("unknown", 0));
    }

    @Test
    void atTheBoundANewKeyTakesTheRoomOfExpiredOnes() {
        entries.put("a", "1", 10, 0);
        entries.put("b", "2", 100, 0);

        entries.put("c", "3", 100, 50);

        assertEquals("3", entries.get("c", 50));
        assertEquals("2", entries.get("b", 50));
    }

    @Test
    void atTheBoundWithEveryEntryAliveANewKeyIsNotKeptButAKnownOneIsRenewed() {
        entries.put("a", "1", 100, 0);
        entries.put("b", "2", 100, 0);

        entries.put("c", "3", 100, 50);
        entries.put("a", "1 again", 200, 50);

        assertNull(entries.get("c", 50));
        assertEquals("1 again", entries.get("a", 150));
    }

    @Test
    void aRemovedEntryIsGone() {
        entries.put("a", "1", 100, 0);
        entries.remove("a");
        assertNull(entries.get("a", 1));
    }
}
