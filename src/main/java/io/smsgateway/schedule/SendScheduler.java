package io.smsgateway.schedule;

import io.smsgateway.campaign.CampaignScheduled;
import io.smsgateway.campaign.CampaignService;
import io.smsgateway.message.MessageScheduled;
import io.smsgateway.message.MessageStore;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * Sends scheduled messages, and starts scheduled campaigns, at their time, on EJB timers.
 *
 * <p>The database is the source of truth: timers are non-persistent and only cover the next few
 * minutes. At start-up and every minute the scheduler plans a timer for each distinct send time
 * that falls within that window (overdue ones fire at once), and a new schedule that falls inside
 * it gets its timer straight away. When a timer fires, every message due by then is released to
 * the dispatcher under a row lock, so a restart never loses a send and several instances never
 * send one twice: the instance that locks the row first releases it, the others find it released.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "ProviderSeeder"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
// Bean-managed, so that no transaction spans a run and each step it calls commits on its own: Payara
// starts a container transaction around a timeout even when it is declared NOT_SUPPORTED.
@TransactionManagement(TransactionManagementType.BEAN)
public class SendScheduler {

    private static final Logger LOG = Logger.getLogger(SendScheduler.class.getName());
    static final Duration LOOKAHEAD = Duration.ofMinutes(2);
    private static final int BATCH = 500;

    @Resource
    private TimerService timers;

    @Inject
    private MessageStore messages;

    @Inject
    private CampaignService campaigns;

    /** Send times (to the millisecond) that have a live timer on this instance. */
    private final Set<Instant> planned = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void resumeAfterStart() {
        planAhead();
    }

    @Schedule(minute = "*", hour = "*", persistent = false)
    void planAhead() {
        Instant horizon = Instant.now().plus(LOOKAHEAD);
        long planned = Stream.concat(messages.sendTimesBefore(horizon, 10_000).stream(), campaigns.startTimesBefore(horizon, 1_000).stream())
                .filter(this::plan)
                .count();
        if (planned > 0) {
            LOG.info(() -> "Timers set for " + planned + " send time(s) within the next " + LOOKAHEAD.toMinutes() + " minutes");
        }
    }

    /** Public so that the container can call it as a business method of the singleton. */
    public void onScheduled(@Observes(during = TransactionPhase.AFTER_SUCCESS) MessageScheduled scheduled) {
        planIfSoon(scheduled.sendAt());
    }

    public void onCampaignScheduled(@Observes(during = TransactionPhase.AFTER_SUCCESS) CampaignScheduled scheduled) {
        planIfSoon(scheduled.startAt());
    }

    /** Times beyond the lookahead are left to the minute planning run. */
    private void planIfSoon(Instant sendAt) {
        if (sendAt.isBefore(Instant.now().plus(LOOKAHEAD))) {
            plan(sendAt);
        }
    }

    /** Sets a timer for the send time unless this instance has one already; true when it set one. */
    private boolean plan(Instant sendAt) {
        if (!planned.add(sendAt)) {
            return false;
        }
        timers.createSingleActionTimer(Date.from(sendAt), new TimerConfig(sendAt, false));
        return true;
    }

    @Timeout
    void releaseDue(Timer timer) {
        Instant sendAt = (Instant) timer.getInfo();
        // A timer's date has millisecond precision while a send time may have microseconds: the timer may
        // fire a fraction of a millisecond before the time it stands for, which must still count as due.
        Instant now = Instant.now();
        Instant dueBy = now.isBefore(sendAt) ? sendAt : now;
        try {
            campaigns.startDue(dueBy);
            int released = 0;
            List<UUID> due;
            do {
                due = messages.dueScheduled(dueBy, BATCH);
                for (UUID id : due) {
                    if (messages.release(id)) {
                        released++;
                    }
                }
            } while (due.size() == BATCH);
            if (released > 0) {
                int count = released;
                LOG.info(() -> "Released " + count + " scheduled message(s) due at " + sendAt);
            }
        } catch (RuntimeException e) {
            // The minute planning run sees the messages again and plans a new timer.
            LOG.log(Level.WARNING, "Releasing the messages scheduled for " + sendAt + " failed; retried within a minute", e);
        } finally {
            planned.remove(sendAt);
        }
    }
}
