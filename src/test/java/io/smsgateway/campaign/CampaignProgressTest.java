package io.smsgateway.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.smsgateway.kernel.MessageStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CampaignProgressTest {

    @Test
    void countsRecipientsAndTheirMessages() {
        CampaignProgress progress = CampaignProgress.of(10,
                Map.of(RecipientStatus.PENDING, 2L, RecipientStatus.RELEASED, 5L, RecipientStatus.OPTED_OUT, 1L,
                        RecipientStatus.INVALID, 2L),
                Map.of(MessageStatus.QUEUED, 1L, MessageStatus.SUBMITTED, 1L, MessageStatus.DELIVERED, 2L,
                        MessageStatus.UNDELIVERED, 1L, MessageStatus.REJECTED, 1L));
        assertEquals(new CampaignProgress(10, 2, 1, 4, 2, 1, 1, 2, 0), progress);
    }

    @Test
    void aRejectionForAnotherReasonThanOptOutIsAFailure() {
        CampaignProgress progress = CampaignProgress.of(2, Map.of(RecipientStatus.RELEASED, 2L), Map.of(MessageStatus.REJECTED, 1L,
                MessageStatus.FAILED, 1L));
        assertEquals(2, progress.failed());
        assertEquals(0, progress.optedOut());
    }
}
