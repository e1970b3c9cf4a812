package io.smsgateway.inbound;

import io.smsgateway.account.Account;
import io.smsgateway.number.AccountNumbers;
import io.smsgateway.provider.InboundSms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/** Durable storage of inbound messages and of the parts still waiting for the rest of their message. */
@ApplicationScoped
@Transactional
public class InboundStore {

    private static final Logger LOG = Logger.getLogger(InboundStore.class.getName());

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountNumbers numbers;

    @Inject
    private Event<InboundReceived> received;

    /** Keeps one part; when it completes its message, stores the whole message and drops the parts. */
    public void addPart(InboundSms sms) {
        int total = sms.totalParts();
        if (sms.partNumber() < 1 || sms.partNumber() > total) {
            LOG.warning(() -> "Inbound part " + sms.partNumber() + "/" + total + " from " + sms.source() + " is out of range; stored as is");
            store(sms, sms.text(), 1);
            return;
        }
        if (em.find(InboundPart.class, new InboundPart.Key(sms.provider(), sms.source(), sms.concatReference(), sms.partNumber())) != null) {
            LOG.fine(() -> "Inbound part " + sms.partNumber() + "/" + total + " from " + sms.source() + " received twice; ignored");
            return;
        }
        em.persist(new InboundPart(sms.provider(), sms.source(), sms.concatReference(), sms.partNumber(), total, sms.destination(),
                sms.text(), sms.receivedAt()));
        List<InboundPart> parts = em.createQuery("select p from InboundPart p where p.key.provider = :provider and p.key.source = :source"
                        + " and p.key.reference = :reference order by p.key.partNumber", InboundPart.class)
                .setParameter("provider", sms.provider())
                .setParameter("source", sms.source())
                .setParameter("reference", sms.concatReference())
                .getResultList();
        if (parts.size() >= total) {
            String text = parts.stream().map(InboundPart::body).collect(Collectors.joining());
            parts.forEach(em::remove);
            store(sms, text, total);
        }
    }

    public InboundMessage store(InboundSms sms, String text, int parts) {
        Optional<Account> owner = numbers.ownerOf(sms.destination());
        Account account = owner.map(found -> em.getReference(Account.class, found.getId())).orElse(null);
        InboundMessage message = new InboundMessage(account, sms.provider(), sms.source(), sms.destination(), text, parts, sms.receivedAt());
        em.persist(message);
        if (owner.isEmpty()) {
            LOG.info(() -> "Inbound SMS " + message.getId() + " to " + sms.destination() + ", a number no account owns; stored");
        }
        received.fire(new InboundReceived(message));
        return message;
    }
}
