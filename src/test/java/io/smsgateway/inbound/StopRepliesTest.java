package io.smsgateway.inbound;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class StopRepliesTest {

    @Test
    void recognisesStopKeywordsWhateverTheirCaseAndPunctuation() {
        assertTrue(StopReplies.isStop("STOP"));
        assertTrue(StopReplies.isStop(" stop. "));
        assertTrue(StopReplies.isStop("Unsubscribe!"));
        assertTrue(StopReplies.isStop("arret"));
        assertTrue(StopReplies.isStop("Stop all"));
    }

    @Test
    void ordinaryRepliesAreNotOptOuts() {
        assertFalse(StopReplies.isStop("Please don't stop sending me offers"));
        assertFalse(StopReplies.isStop("Yes"));
        assertFalse(StopReplies.isStop(""));
        assertFalse(StopReplies.isStop(null));
    }
}
