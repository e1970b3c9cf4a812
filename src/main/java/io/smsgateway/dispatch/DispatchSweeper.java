package io.smsgateway.dispatch;

import io.smsgateway.provider.ActiveProvider;
import io.smsgateway.provider.ProviderRegistry;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;

/**
 * Wakes the dispatcher at start-up (messages left over by a stopped or crashed instance go out) and
 * every few seconds (retries that came due, leases that ran out, receipts kept unmatched); every few
 * minutes, ends the wait of messages whose delivery receipt never came. Talks to no provider, so that
 * a provider that does not answer never holds it up (see {@link ReceiptInquiry}).
 */
@Singleton
@Startup
@DependsOn({"DatabaseMigration", "ProviderSeeder"})
// Bean-managed, so that no transaction spans a run and each step it calls commits on its own: Payara
// starts a container transaction around a timeout even when it is declared NOT_SUPPORTED.
@TransactionManagement(TransactionManagementType.BEAN)
public class DispatchSweeper {

    private static final Logger LOG = Logger.getLogger(DispatchSweeper.class.getName());

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
        queue.uncertainAfterLostLeases(1000);
        // Messages whose submission stayed uncertain, each settled by its provider's policy once its wait is over.
        queue.resolveUncertain(this::uncertainPolicy, 1000);
        List<String> back = providers.cameBack();
        if (!back.isEmpty()) {
            int waiting = queue.retryWaitingNow();
            LOG.info(() -> "Provider(s) " + back + " available again: " + waiting + " waiting message(s) are due now");
        }
        dispatcher.wake();
        queue.rematchReceipts(settings.unmatchedReceiptKeep(), 500);
    }

    /**
     * Provider settings {@code uncertainOutcome} ({@code resend}, the default: send once more,
     * at-least-once; or {@code unknown}: give up) and {@code uncertainWaitSeconds} (how long to wait
     * for a receipt first, default 600).
     */
    private DispatchQueue.UncertainPolicy uncertainPolicy(String provider) {
        return providers.byName(provider).map(ActiveProvider::definition)
                .map(definition -> new DispatchQueue.UncertainPolicy(
                        !definition.setting("uncertainOutcome", "resend").equalsIgnoreCase("unknown"),
                        Duration.ofSeconds(Math.max(1, definition.intSetting("uncertainWaitSeconds", 600)))))
                .orElse(new DispatchQueue.UncertainPolicy(false, settings.receiptTimeout()));
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
