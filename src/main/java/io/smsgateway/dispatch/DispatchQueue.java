package io.smsgateway.dispatch;

import io.smsgateway.message.Message;
import io.smsgateway.message.MessageStatus;
import io.smsgateway.message.MessageStatusChanged;
import io.smsgateway.message.text.SmsText;
import io.smsgateway.provider.DeliveryReceipt;
import io.smsgateway.provider.OutboundSms;
import io.smsgateway.provider.ProviderMessageIds;
import io.smsgateway.provider.SubmitOutcome;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The message table seen as a queue, and the receipts that settle it. Each method is one short
 * transaction (a stateless EJB, so that it runs with a proper component context on the managed
 * threads of the dispatcher); no row lock is held while a provider is called. A claim is a lease: a dispatcher that
 * dies mid-flight lets it run out and the message is claimed again (at-least-once to the provider).
 */
@Stateless
public class DispatchQueue {

    private static final Logger LOG = Logger.getLogger(DispatchQueue.class.getName());
    private static final List<MessageStatus> PENDING = List.of(MessageStatus.ACCEPTED, MessageStatus.QUEUED);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<MessageStatusChanged> statusChanged;

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
                transition(message, MessageStatus.QUEUED, null);
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

    /** Records what the provider took, part by part, and applies receipts that arrived before this. */
    public void submitted(UUID id, String provider, SubmitOutcome.Accepted accepted) {
        Message message = em.find(Message.class, id.toString());
        message.countAttempt();
        List<String> partIds = accepted.partMessageIds();
        message.recordSubmission(provider, partIds.get(0) == null ? null : ProviderMessageIds.canonical(partIds.get(0)));
        List<String> canonicalIds = new ArrayList<>();
        for (int part = 0; part < partIds.size(); part++) {
            String partId = partIds.get(part);
            if (partId == null) {
                em.persist(new MessagePart(message.getId().toString(), part + 1, provider, null, MessageStatus.FAILED, "PART_REFUSED"));
            } else {
                String canonical = ProviderMessageIds.canonical(partId);
                canonicalIds.add(canonical);
                em.persist(new MessagePart(message.getId().toString(), part + 1, provider, canonical, MessageStatus.SUBMITTED, null));
            }
        }
        transition(message, MessageStatus.SUBMITTED, "accepted by " + provider);
        if (accepted.failedPartError() != null) {
            message.recordError("PART_REFUSED", accepted.failedPartError());
            transition(message, MessageStatus.FAILED, "a part was refused after earlier parts were sent: " + accepted.failedPartError());
        }
        em.flush();
        if (!canonicalIds.isEmpty()) {
            em.createQuery("select r from UnmatchedReceipt r where r.provider = :provider and r.providerMessageId in :ids",
                            UnmatchedReceipt.class)
                    .setParameter("provider", provider)
                    .setParameter("ids", canonicalIds)
                    .getResultList()
                    .forEach(this::retryMatch);
        }
    }

    public void retryLater(UUID id, Instant when, String reason) {
        Message message = em.find(Message.class, id.toString());
        message.retryAt(when);
        message.recordError("PROVIDER_UNAVAILABLE", reason);
    }

    public void finish(UUID id, MessageStatus status, String errorCode, String detail) {
        Message message = em.find(Message.class, id.toString());
        message.recordError(errorCode, detail);
        transition(message, status, detail);
    }

    /**
     * Applies a receipt to its part. A failed part settles the message at once; a message is
     * DELIVERED only when every part is. A final status is never overwritten by a later receipt.
     * Receipts whose part is not known yet are kept and matched later.
     */
    public void applyReceipt(DeliveryReceipt receipt) {
        if (receipt.status() == null) {
            LOG.fine(() -> "Intermediate receipt " + receipt + " ignored");
            return;
        }
        if (!settle(receipt.provider(), ProviderMessageIds.candidates(receipt.providerMessageId()), receipt.status(), receipt.errorCode())) {
            em.persist(new UnmatchedReceipt(receipt.provider(), ProviderMessageIds.canonical(receipt.providerMessageId()),
                    receipt.status(), receipt.errorCode()));
        }
    }

    /** Tries again to match receipts that overtook their submit response; drops those too old to ever match. */
    public void rematchReceipts(Duration keepFor, int max) {
        Instant cutoff = Instant.now().minus(keepFor);
        for (UnmatchedReceipt receipt : em.createQuery("select r from UnmatchedReceipt r order by r.receivedAt", UnmatchedReceipt.class)
                .setMaxResults(max).getResultList()) {
            if (!retryMatch(receipt) && receipt.receivedAt().isBefore(cutoff)) {
                LOG.warning(() -> "Dropping a receipt from " + receipt.provider() + " for unknown message "
                        + receipt.providerMessageId() + " (" + receipt.status() + ")");
                em.remove(receipt);
            }
        }
    }

    private boolean retryMatch(UnmatchedReceipt receipt) {
        if (settle(receipt.provider(), Set.of(receipt.providerMessageId()), receipt.status(), receipt.errorCode())) {
            em.remove(receipt);
            return true;
        }
        return false;
    }

    private boolean settle(String provider, Set<String> ids, MessageStatus status, String errorCode) {
        List<MessagePart> parts = em.createQuery("select p from MessagePart p where p.provider = :provider "
                        + "and p.providerMessageId in :ids", MessagePart.class)
                .setParameter("provider", provider)
                .setParameter("ids", ids)
                .getResultList();
        for (MessagePart part : parts) {
            if (!part.settle(status, errorCode)) {
                continue;
            }
            Message message = em.find(Message.class, part.messageId(), LockModeType.PESSIMISTIC_WRITE);
            if (status != MessageStatus.DELIVERED) {
                message.recordError(errorCode == null ? status.name() : errorCode, "reported by " + provider);
                transition(message, status, "receipt from " + provider);
            } else if (allPartsDelivered(part.messageId())) {
                transition(message, MessageStatus.DELIVERED, "receipt from " + provider);
            }
        }
        return !parts.isEmpty();
    }

    private boolean allPartsDelivered(String messageId) {
        return em.createQuery("select count(p) from MessagePart p where p.key.messageId = :id and p.status <> :delivered", Long.class)
                .setParameter("id", messageId)
                .setParameter("delivered", MessageStatus.DELIVERED)
                .getSingleResult() == 0;
    }

    /** Ends the wait for receipts that never came, so that no message stays SUBMITTED forever. */
    public int expireUnconfirmed(Duration receiptTimeout, int max) {
        List<Message> overdue = em.createQuery("select m from Message m where m.status = :submitted "
                        + "and m.submittedAt < :cutoff", Message.class)
                .setParameter("submitted", MessageStatus.SUBMITTED)
                .setParameter("cutoff", Instant.now().minus(receiptTimeout))
                .setMaxResults(max)
                .getResultList();
        for (Message message : overdue) {
            message.recordError("NO_RECEIPT", "no delivery receipt within " + receiptTimeout.toHours() + " hours");
            transition(message, MessageStatus.EXPIRED, "no delivery receipt");
        }
        return overdue.size();
    }

    private void transition(Message message, MessageStatus status, String detail) {
        message.moveTo(status, detail).ifPresent(change -> {
            em.persist(change);
            statusChanged.fire(new MessageStatusChanged(message, change));
        });
    }
}
