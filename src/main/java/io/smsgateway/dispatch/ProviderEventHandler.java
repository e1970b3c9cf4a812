package io.smsgateway.dispatch;

import io.smsgateway.provider.DeliveryReceipt;
import io.smsgateway.provider.InboundSms;
import io.smsgateway.provider.ProviderEvents;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Receives what providers report from their own I/O threads and processes it on the container's
 * managed threads, where transactions and persistence are available.
 */
@ApplicationScoped
public class ProviderEventHandler implements ProviderEvents {

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

    @Override
    public void inbound(InboundSms sms) {
        executor.execute(() -> inbound.fire(sms));
    }
}
