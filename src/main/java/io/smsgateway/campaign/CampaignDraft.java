package io.smsgateway.campaign;

import java.time.Instant;

/** What a customer asks for when creating a campaign, recipients aside. */
public record CampaignDraft(
        String name,
        String template,
        String originator,
        String clientReference,
        Instant scheduleAt,
        boolean excludeOptouts,
        boolean shortenUrls) {
}
