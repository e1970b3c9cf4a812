package io.smsgateway.provider.simulator;

import io.smsgateway.kernel.MessageStatus;
import io.smsgateway.provider.DeliveryReceipt;
import io.smsgateway.provider.OutboundSms;
import io.smsgateway.provider.ProviderEvents;
import io.smsgateway.provider.SmsProvider;
import io.smsgateway.provider.SubmissionIntent;
import io.smsgateway.provider.SubmitOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A SIMULATOR, not a carrier: it sends nothing to any network. It accepts every message and, after
 * a delay, reports each part DELIVERED, so that the whole life cycle (store, dispatch, receipt,
 * status, webhook) can be exercised on a laptop. It is the provider of the embedded default
 * configuration; production configurations disable it.
 */
public class SimulatorProvider implements SmsProvider {

    private static final Logger LOG = Logger.getLogger(SimulatorProvider.class.getName());

    private final String name;
    private final ScheduledExecutorService scheduler;
    private final ProviderEvents events;
    private final long deliveryDelayMillis;

    public SimulatorProvider(String name, ScheduledExecutorService scheduler, ProviderEvents events, long deliveryDelayMillis) {
        this.name = name;
        this.scheduler = scheduler;
        this.events = events;
        this.deliveryDelayMillis = deliveryDelayMillis;
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public SubmitOutcome submit(OutboundSms sms, SubmissionIntent intent) {
        if (!intent.record()) {
            return new SubmitOutcome.ClaimLost();
        }
        List<String> ids = new ArrayList<>();
        for (int part = 0; part < sms.text().segments(); part++) {
            String id = "sim-" + UUID.randomUUID();
            ids.add(id);
            scheduler.schedule(() -> report(new DeliveryReceipt(name, id, MessageStatus.DELIVERED, null)),
                    deliveryDelayMillis, TimeUnit.MILLISECONDS);
        }
        return SubmitOutcome.Accepted.all(ids);
    }

    /** A simulated upstream does not deliver again: a receipt that cannot be stored is only logged. */
    private void report(DeliveryReceipt receipt) {
        try {
            events.receipt(receipt);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Simulated " + receipt + " could not be stored; the message will expire unconfirmed", e);
        }
    }
}
