package io.smsgateway.dispatch;

import io.smsgateway.provider.DeliveryReceipt;
import io.smsgateway.provider.InboundSms;
import io.smsgateway.provider.ProviderEvents;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Receives what providers report from their own I/O threads and stores it on the container's
 * managed threads, where transactions and persistence are available: receipts in group commits,
 * inbound messages one by one.
 */
@ApplicationScoped
public class ProviderEventHandler implements ProviderEvents {

    private static final long STORE_TIMEOUT_SECONDS = 20;

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Inject
    private Event<InboundSms> inbound;

    /** Receipts arriving together (one per SMPP I/O thread, HTTP callbacks) share their commits with the rest of dispatch. */
    @Inject
    private DispatchJournal journal;

    /**
     * Applies a delivery receipt before returning, so that the upstream is only acknowledged once the
     * status is safe (or kept for a later match): when that fails, the caller refuses the receipt and
     * the upstream delivers it again instead of the message waiting for a receipt that was lost.
     */
    @Override
    public void receipt(DeliveryReceipt receipt) {
        awaitStored(journal.receipt(receipt), receipt.toString());
    }

    /** Stores an inbound message before returning, on the same terms as a receipt. */
    @Override
    public void inbound(InboundSms sms) {
        // On a managed thread, where transactions and persistence are available.
        awaitStored(executor.submit(() -> inbound.fire(sms)), "inbound message from " + sms.provider());
    }

    private static void awaitStored(Future<?> storing, String what) {
        try {
            storing.get(STORE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing " + what, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException(what + " not stored", e);
        }
    }
}
