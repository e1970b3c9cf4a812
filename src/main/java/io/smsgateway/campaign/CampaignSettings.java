package io.smsgateway.campaign;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How campaigns are paced and bounded. */
@ApplicationScoped
public class CampaignSettings {

    @Inject
    @ConfigProperty(name = "gateway.campaign.release-per-second", defaultValue = "0")
    private int releasePerSecond;

    @Inject
    @ConfigProperty(name = "gateway.campaign.release-step", defaultValue = "100")
    private int releaseStep;

    @Inject
    @ConfigProperty(name = "gateway.campaign.max-in-flight", defaultValue = "200")
    private int maxInFlight;

    @Inject
    @ConfigProperty(name = "gateway.campaign.max-recipients", defaultValue = "500000")
    private int maxRecipients;

    /**
     * Recipients all running campaigns together turn into messages per second: the configured cap, or
     * (0, the default) what the available providers take, the sum of their throughputs.
     */
    public int releasePerSecond(int providersThroughput) {
        return releasePerSecond > 0 ? Math.min(releasePerSecond, providersThroughput) : providersThroughput;
    }

    /** Recipients released in one transaction (one hold of the campaign's row lock). */
    public int releaseStep() {
        return releaseStep;
    }

    /**
     * Messages of one campaign allowed in the dispatch queue (accepted, not yet submitted) at once: the
     * configured floor, or one second of the campaign's pace when that is more.
     */
    public long maxInFlight(int campaignPerSecond) {
        return Math.max(maxInFlight, campaignPerSecond);
    }

    int maxRecipients() {
        return maxRecipients;
    }
}
