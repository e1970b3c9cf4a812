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
 * every few seconds (retries that came due, leases that ran out).
 */
@Singleton
@Startup
@DependsOn("DatabaseMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DispatchSweeper {

    @Inject
    private Dispatcher dispatcher;

    @PostConstruct
    void resumeUnfinishedWork() {
        dispatcher.wake();
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void sweep() {
        dispatcher.wake();
    }
}
