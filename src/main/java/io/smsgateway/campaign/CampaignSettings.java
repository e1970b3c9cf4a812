package io.smsgateway.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How campaigns are paced and bounded. */
@ApplicationScoped
public class CampaignSettings {

    @Inject
    @ConfigProperty(name = "gateway.campaign.release-per-second", defaultValue = "100")
    private int releasePerTick;

    @Inject
    @ConfigProperty(name = "gateway.campaign.max-in-flight", defaultValue = "200")
    private int maxInFlight;

    @Inject
    @ConfigProperty(name = "gateway.campaign.max-recipients", defaultValue = "500000")
    private int maxRecipients;

    /** Recipients released per campaign per second. */
    int releasePerTick() {
        return releasePerTick;
    }

    /** Messages of one campaign allowed in the dispatch queue (accepted, not yet submitted) at once. */
    int maxInFlight() {
        return maxInFlight;
    }

    int maxRecipients() {
        return maxRecipients;
    }
}
