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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives what providers report from their own I/O threads and processes it on the container's
 * managed threads, where transactions and persistence are available.
 */
@ApplicationScoped
public class ProviderEventHandler implements ProviderEvents {

    private static final long INBOUND_STORE_TIMEOUT_SECONDS = 20;
    private static final Logger LOG = Logger.getLogger(ProviderEventHandler.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedExecutorService")
    private ManagedExecutorService executor;

    @Inject
    private DispatchQueue queue;

    @Inject
    private Event<InboundSms> inbound;

    @Override
    public void receipt(DeliveryReceipt receipt) {
        executor.execute(() -> {
            try {
                queue.applyReceipt(receipt);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not apply " + receipt, e);
            }
        });
    }

    /**
     * Stores an inbound message before returning, so that the upstream is only acknowledged once the
     * message is safe: when storing fails, the caller refuses it and the upstream delivers it again.
     */
    @Override
    public void inbound(InboundSms sms) {
        try {
            executor.submit(() -> inbound.fire(sms)).get(INBOUND_STORE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while storing an inbound message", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("inbound message from " + sms.provider() + " not stored", e);
        }
    }
}
