package io.smsgateway.campaign;

import java.time.Instant;
import java.util.UUID;

/** CDI event: a campaign was stored (or resumed) to start at a later time. */
public record CampaignScheduled(UUID campaignId, Instant startAt) {
}
