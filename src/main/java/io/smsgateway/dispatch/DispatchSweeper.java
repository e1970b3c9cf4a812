package io.smsgateway.dispatch;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import io.smsgateway.provider.ProviderRegistry;
import jakarta.inject.Inject;
import java.time.Duration;

/**
 * Wakes the dispatcher at start-up (messages left over by a stopped or crashed instance go out) and
 * every few seconds (retries that came due, leases that ran out); every few minutes, ends the wait
 * of messages whose delivery receipt never came.
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "ProviderSeeder"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DispatchSweeper {

    @Inject
    private Dispatcher dispatcher;

    @Inject
    private DispatchQueue queue;

    @Inject
    private DispatchSettings settings;

    @Inject
    private ProviderRegistry providers;

    @PostConstruct
    void resumeUnfinishedWork() {
        dispatcher.wake();
    }

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void sweep() {
        dispatcher.wake();
        queue.rematchReceipts(Duration.ofDays(1), 500);
    }

    /** Follows provider changes made by other instances sharing the database. */
    @Schedule(second = "*/30", minute = "*", hour = "*", persistent = false)
    void refreshProviders() {
        providers.refresh();
    }

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void expireUnconfirmed() {
        queue.expireUnconfirmed(settings.receiptTimeout(), 1000);
    }
}
