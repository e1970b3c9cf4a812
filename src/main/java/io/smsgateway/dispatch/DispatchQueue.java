package io.smsgateway.dispatch;

import io.smsgateway.message.Message;
import io.smsgateway.message.MessageStatus;
import io.smsgateway.message.text.SmsText;
import io.smsgateway.provider.DeliveryReceipt;
import io.smsgateway.provider.OutboundSms;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The message table seen as a queue. Each method is one short transaction; no row lock is ever
 * held while a provider is called. A claim is a lease: a dispatcher that dies mid-flight simply lets
 * it run out, and the message is claimed again (at-least-once towards the provider).
 */
@ApplicationScoped
@Transactional
public class DispatchQueue {

    private static final Logger LOG = Logger.getLogger(DispatchQueue.class.getName());
    private static final List<MessageStatus> PENDING = List.of(MessageStatus.ACCEPTED, MessageStatus.QUEUED);

    @PersistenceContext
    private EntityManager em;

    /** Leases up to {@code max} due messages to {@code owner}. Safe with several instances on one database. */
    public List<UUID> claim(int max, String owner, Duration lease) {
        Instant now = Instant.now();
        List<String> candidates = em.createQuery("select m.id from Message m where m.status in :pending "
                        + "and m.nextAttemptAt <= :now and (m.leaseUntil is null or m.leaseUntil < :now) "
                        + "order by m.nextAttemptAt", String.class)
                .setParameter("pending", PENDING)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultList();
        List<UUID> claimed = new ArrayList<>(candidates.size());
        for (String id : candidates) {
            // Another instance may have claimed it since the select: re-check under a row lock.
            Message message = em.find(Message.class, id, LockModeType.PESSIMISTIC_WRITE);
            if (message != null && message.isClaimable(now)) {
                message.lease(owner, now.plus(lease));
                message.moveTo(MessageStatus.QUEUED, null).ifPresent(em::persist);
                claimed.add(message.getId());
            }
        }
        return claimed;
    }

    public Optional<Dispatchable> dispatchable(UUID id) {
        Message message = em.find(Message.class, id.toString());
        if (message == null || message.getStatus() != MessageStatus.QUEUED || message.getBody().isEmpty()) {
            return Optional.empty();
        }
        OutboundSms sms = new OutboundSms(message.getId(), message.getDestination(),
                message.getOriginator().orElse(null), SmsText.of(message.getBody().get()));
        return Optional.of(new Dispatchable(sms, message.getProvider().orElse(null), message.getAttempts(), message.getCreatedAt()));
    }

    public void submitted(UUID id, String provider, String providerMessageId) {
        Message message = em.find(Message.class, id.toString());
        message.countAttempt();
        message.recordSubmission(provider, providerMessageId);
        message.moveTo(MessageStatus.SUBMITTED, "accepted by " + provider).ifPresent(em::persist);
    }

    public void retryLater(UUID id, Instant when, String reason) {
        Message message = em.find(Message.class, id.toString());
        message.retryAt(when);
        message.recordError("PROVIDER_UNAVAILABLE", reason);
    }

    public void finish(UUID id, MessageStatus status, String errorCode, String detail) {
        Message message = em.find(Message.class, id.toString());
        message.recordError(errorCode, detail);
        message.moveTo(status, detail).ifPresent(em::persist);
    }

    /**
     * Ends the wait for receipts that never came: a message submitted longer ago than the timeout
     * becomes EXPIRED, so no message stays SUBMITTED forever.
     */
    public int expireUnconfirmed(Duration receiptTimeout, int max) {
        List<Message> overdue = em.createQuery("select m from Message m where m.status = :submitted "
                        + "and m.submittedAt < :cutoff", Message.class)
                .setParameter("submitted", MessageStatus.SUBMITTED)
                .setParameter("cutoff", Instant.now().minus(receiptTimeout))
                .setMaxResults(max)
                .getResultList();
        for (Message message : overdue) {
            message.recordError("NO_RECEIPT", "no delivery receipt within " + receiptTimeout.toHours() + " hours");
            message.moveTo(MessageStatus.EXPIRED, "no delivery receipt").ifPresent(em::persist);
        }
        return overdue.size();
    }

    /** Applies a provider's delivery receipt. Receipts for unknown ids are logged and dropped. */
    public void applyReceipt(DeliveryReceipt receipt) {
        List<Message> matches = em.createQuery("select m from Message m where m.provider = :provider "
                        + "and m.providerMessageId = :pid", Message.class)
                .setParameter("provider", receipt.provider())
                .setParameter("pid", receipt.providerMessageId())
                .getResultList();
        if (matches.isEmpty()) {
            LOG.warning(() -> "Delivery receipt from " + receipt.provider() + " for unknown message "
                    + receipt.providerMessageId() + " (" + receipt.status() + ")");
            return;
        }
        for (Message message : matches) {
            if (receipt.errorCode() != null) {
                message.recordError(receipt.errorCode(), "reported by " + receipt.provider());
            }
            message.moveTo(receipt.status(), "receipt from " + receipt.provider()).ifPresent(em::persist);
        }
    }
}
