package io.smsgateway.inbound;

import io.smsgateway.provider.InboundSms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Receives what the upstreams deliver to the gateway's numbers. Parts of a concatenated message
 * wait in the database until the last one arrives, in whatever order they come; the message is then
 * stored once, for the account that owns the destination number. The parts of one message are
 * handled one at a time (striped locks held across each transaction), so that two parts arriving
 * together cannot both miss each other.
 */
@ApplicationScoped
public class InboundInbox {

    private static final int STRIPES = 64;

    @Inject
    private InboundStore store;

    private final Lock[] locks = new Lock[STRIPES];

    public InboundInbox() {
        for (int i = 0; i < STRIPES; i++) {
            locks[i] = new ReentrantLock();
        }
    }

    void onInbound(@Observes InboundSms sms) {
        if (sms.totalParts() == null || sms.totalParts() <= 1 || sms.concatReference() == null || sms.partNumber() == null) {
            store.store(sms, sms.text(), 1);
            return;
        }
        Lock lock = locks[Math.floorMod(Objects.hash(sms.provider(), sms.source(), sms.concatReference()), STRIPES)];
        lock.lock();
        try {
            store.addPart(sms);
        } finally {
            lock.unlock();
        }
    }
}
