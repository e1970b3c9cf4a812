package io.smsgateway.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CampaignTest {

    private final Campaign campaign = new Campaign(null, new CampaignDraft("spring sale", "Hello", "Shop", null, null, false, false));

    @Test
    void releaseStepsWalkTheLinesInOrderUpToTheLastOne() {
        campaign.countRecipients(250, 0, 251);

        Campaign.Lines first = campaign.nextLines(100);
        assertEquals(new Campaign.Lines(1, 100), first);
        assertEquals(first, campaign.nextLines(100), "looking is not releasing");
        campaign.released(first);
        assertEquals(new Campaign.Lines(101, 200), campaign.nextLines(100));
        campaign.released(campaign.nextLines(100));
        assertTrue(campaign.hasUnreleasedLines());

        Campaign.Lines last = campaign.nextLines(100);
        assertEquals(new Campaign.Lines(201, 251), last, "a step ends at the upload's last line");
        campaign.released(last);
        assertFalse(campaign.hasUnreleasedLines());
    }

    @Test
    void aCampaignWithoutLinesHasNothingToRelease() {
        assertFalse(campaign.hasUnreleasedLines());
    }

    @Test
    void aStepNeverTakesTheCursorBack() {
        campaign.countRecipients(300, 0, 300);
        Campaign.Lines stale = campaign.nextLines(50);
        campaign.released(campaign.nextLines(200));
        campaign.released(stale);
        assertEquals(new Campaign.Lines(201, 300), campaign.nextLines(200));
    }
}
