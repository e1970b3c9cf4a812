package io.smsgateway.api.singlesms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WireFieldsTest {

    @Test
    void recipientsAreInternationalWithOrWithoutPlus() {
        assertEquals("+447900000001", WireFields.internationalNumber("447900000001"));
        assertEquals("+447900000001", WireFields.internationalNumber("+447900000001"));
        assertEquals("+447900000001", WireFields.internationalNumber("00447900000001"));
        assertEquals("+447900000001", WireFields.internationalNumber(" +44 (7900) 000-001 "));
    }

    @Test
    void scheduleDateTimeNeedsAnOffset() {
        assertEquals(Instant.parse("2025-03-01T14:30:00Z"), WireFields.scheduleDateTime("2025-03-01T14:30:00Z"));
        assertEquals(Instant.parse("2025-03-01T13:30:00Z"), WireFields.scheduleDateTime("2025-03-01T14:30:00+01:00"));
        assertNull(WireFields.scheduleDateTime(null));
        assertNull(WireFields.scheduleDateTime(" "));
        assertEquals("Invalid ScheduleDateTime object",
                assertThrows(ValidationFailure.class, () -> WireFields.scheduleDateTime("2025-03-01T14:30:00")).object());
        assertThrows(ValidationFailure.class, () -> WireFields.scheduleDateTime("next tuesday"));
    }
}
