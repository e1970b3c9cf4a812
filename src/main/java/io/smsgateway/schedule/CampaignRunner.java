package io.smsgateway.schedule;

import io.smsgateway.campaign.CampaignService;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Once a second, lets every running campaign release its next recipients. The pace (and the cap
 * on a campaign's messages waiting in the queue) comes from {@code gateway.campaign.*}; one
 * campaign failing never holds up the others.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "ProviderSeeder"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CampaignRunner {

    private static final Logger LOG = Logger.getLogger(CampaignRunner.class.getName());

    @Inject
    private CampaignService campaigns;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void releaseNext() {
        for (UUID campaign : campaigns.running()) {
            try {
                campaigns.releaseNext(campaign);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Campaign " + campaign + " could not release its next recipients; retried in a second", e);
            }
        }
    }
}
