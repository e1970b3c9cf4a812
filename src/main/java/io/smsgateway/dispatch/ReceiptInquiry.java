package io.smsgateway.dispatch;

import io.smsgateway.provider.ActiveProvider;
import io.smsgateway.provider.DeliveryReceipt;
import io.smsgateway.provider.PartState;
import io.smsgateway.provider.ProviderRegistry;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;

/**
 * Asks providers that support it (SMPP {@code querySmAfterSeconds}) for the state of parts whose
 * receipt is overdue; a final answer is applied like a receipt. A provider that does not answer is
 * left alone until the next round. Each question may wait for the provider's answer, so this runs on
 * a timer of its own, apart from {@link DispatchSweeper}.
 */
@Singleton
@DependsOn({"DatabaseMigration", "ProviderSeeder"})
// Bean-managed, so that no transaction spans a run and each step it calls commits on its own: Payara
// starts a container transaction around a timeout even when it is declared NOT_SUPPORTED.
@TransactionManagement(TransactionManagementType.BEAN)
public class ReceiptInquiry {

    private static final int QUERIES_PER_ROUND = 50;

    @Inject
    private DispatchQueue queue;

    @Inject
    private ProviderRegistry providers;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    void askAboutOverdueReceipts() {
        providers.all().forEach(this::askAbout);
    }

    private void askAbout(ActiveProvider provider) {
        provider.queryStateAfter().ifPresent(after -> {
            for (DispatchQueue.OverduePart part : queue.overdueParts(provider.name(), after, QUERIES_PER_ROUND)) {
                PartState state = provider.queryState(part.submittedId(), part.originator());
                if (!state.answered()) {
                    return;
                }
                state.settledStatus().ifPresent(status -> queue.applyReceipt(new DeliveryReceipt(provider.name(), part.submittedId(),
                        status, null, null, "query_sm answered " + status)));
            }
        });
    }
}
