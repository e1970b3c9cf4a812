package io.smsgateway.dispatch;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Wakes the dispatcher at start-up (messages left over by a stopped or crashed instance go out) and
 * every few seconds (retries that came due, leases that ran out); every few minutes, ends the wait
 * of messages whose delivery receipt never came.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DispatchSweeper {

    @Inject
    private Dispatcher dispatcher;

    @Inject
    private DispatchQueue queue;

    @Inject
    private DispatchSettings settings;

    @PostConstruct
    void resumeUnfinishedWork() {
        dispatcher.wake();
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void sweep() {
        dispatcher.wake();
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void expireUnconfirmed() {
        queue.expireUnconfirmed(settings.receiptTimeout(), 1000);
    }
}
