package io.smsgateway.message;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MessageIdsTest {

    @Test
    void idsAreVersion7UuidsThatCarryTheirMillisecond() {
        long millis = 1_764_374_400_123L;
        UUID id = MessageIds.at(millis);

        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(millis, id.getMostSignificantBits() >>> 16);
        assertEquals(id, UUID.fromString(id.toString()));
    }

    @Test
    void idsOfLaterMillisecondsSortAfterEarlierOnesAsTheyAreStored() {
        String earlier = MessageIds.at(1_764_374_400_123L).toString();
        String later = MessageIds.at(1_764_374_400_124L).toString();

        assertTrue(earlier.compareTo(later) < 0, earlier + " before " + later);
    }

    @Test
    void idsOfOneMillisecondDiffer() {
        Set<UUID> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(MessageIds.at(1_764_374_400_123L));
        }
        assertEquals(10_000, ids.size());
    }
}
