package io.smsgateway.schedule;

import io.smsgateway.campaign.CampaignService;
import io.smsgateway.campaign.CampaignSettings;
import io.smsgateway.provider.ProviderRegistry;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Releases the recipients of running campaigns at the pace of the carriers: each second, the running
 * campaigns share what the available providers take in a second (their throughputs added up, unless
 * {@code gateway.campaign.release-per-second} caps it), released in short steps while the campaign's
 * messages waiting in the queue stay under one second of its share, so that the queue follows what the
 * providers really take and single sends never wait behind a campaign. One campaign failing never holds
 * up the others.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "ProviderSeeder"})
// Bean-managed, so that no transaction spans a run and each step it calls commits on its own: Payara
// starts a container transaction around a timeout even when it is declared NOT_SUPPORTED.
@TransactionManagement(TransactionManagementType.BEAN)
public class CampaignRunner {

    private static final Logger LOG = Logger.getLogger(CampaignRunner.class.getName());
    /** The part of each second spent releasing; the rest keeps the timer from overrunning. */
    private static final long WORK_NANOS = TimeUnit.MILLISECONDS.toNanos(800);
    /** How long to let the dispatcher drain before a campaign whose queue is full is looked at again. */
    private static final long FULL_QUEUE_PAUSE_MILLIS = 50;

    @Inject
    private CampaignService campaigns;

    @Inject
    private CampaignSettings settings;

    @Inject
    private ProviderRegistry providers;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    void releaseNext() {
        List<UUID> running = campaigns.running();
        if (running.isEmpty()) {
            return;
        }
        int perSecond = settings.releasePerSecond(providers.availableThroughput());
        if (perSecond == 0) {
            return; // no provider can send now: the recipients wait in the campaign, not in the queue
        }
        int share = Math.max(1, perSecond / running.size());
        long maxInFlight = settings.maxInFlight(share);
        Map<UUID, Integer> left = new LinkedHashMap<>();
        running.forEach(campaign -> left.put(campaign, share));
        long deadline = System.nanoTime() + WORK_NANOS;
        while (!left.isEmpty() && System.nanoTime() < deadline) {
            boolean movedOn = false;
            for (Iterator<Map.Entry<UUID, Integer>> waiting = left.entrySet().iterator(); waiting.hasNext();) {
                Map.Entry<UUID, Integer> campaign = waiting.next();
                CampaignService.Release step = releaseStep(campaign.getKey(), Math.min(settings.releaseStep(), campaign.getValue()), maxInFlight);
                int quota = campaign.getValue() - step.released();
                if (!step.more() || quota <= 0) {
                    waiting.remove();
                } else {
                    campaign.setValue(quota);
                }
                movedOn |= step.movedOn();
            }
            if (!movedOn && !left.isEmpty() && !pause()) {
                return;
            }
        }
    }

    /** Lets the dispatcher drain the queue a little; false when the server is stopping this thread. */
    private static boolean pause() {
        try {
            Thread.sleep(FULL_QUEUE_PAUSE_MILLIS);
            return true;
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private CampaignService.Release releaseStep(UUID campaign, int limit, long maxInFlight) {
        try {
            return campaigns.releaseNext(campaign, limit, maxInFlight);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Campaign " + campaign + " could not release its next recipients; retried in a second", e);
            return CampaignService.Release.NOTHING_MORE;
        }
    }
}
