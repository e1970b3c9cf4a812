package io.smsgateway.provider.simulator;

import io.smsgateway.message.MessageStatus;
import io.smsgateway.provider.DeliveryReceipt;
import io.smsgateway.provider.OutboundSms;
import io.smsgateway.provider.SmsProvider;
import io.smsgateway.provider.SubmitOutcome;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A SIMULATOR, not a carrier: it sends nothing to any network. It accepts every message and, after
 * {@code gateway.simulator.delivery-delay-ms}, reports it DELIVERED, so that the whole life cycle
 * (store, dispatch, receipt, status) can be exercised on a laptop. It is the provider of the
 * embedded default configuration; disable it in production with
 * {@code gateway.provider.simulator.enabled=false}.
 */
@ApplicationScoped
public class SimulatorProvider implements SmsProvider {

    public static final String NAME = "simulator";
    private static final Logger LOG = Logger.getLogger(SimulatorProvider.class.getName());

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    private ManagedScheduledExecutorService scheduler;

    @Inject
    private Event<DeliveryReceipt> receipts;

    @Inject
    @ConfigProperty(name = "gateway.simulator.delivery-delay-ms", defaultValue = "1000")
    private long deliveryDelayMillis;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public SubmitOutcome submit(OutboundSms sms) {
        String providerMessageId = "sim-" + UUID.randomUUID();
        LOG.fine(() -> "Simulated submission of " + sms + " as " + providerMessageId);
        scheduler.schedule(() -> receipts.fire(new DeliveryReceipt(NAME, providerMessageId, MessageStatus.DELIVERED, null)),
                deliveryDelayMillis, TimeUnit.MILLISECONDS);
        return new SubmitOutcome.Accepted(providerMessageId);
    }
}
