package io.smsgateway.message;

import io.smsgateway.account.Account;
import io.smsgateway.kernel.MessageStatus;
import io.smsgateway.shared.UnknownEntityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Durable storage of messages and their status history. */
@ApplicationScoped
@Transactional
public class MessageStore {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Event<MessageAccepted> accepted;

    @Inject
    private Event<MessageScheduled> scheduled;

    @Inject
    private Event<MessageStatusChanged> statusChanged;

    /**
     * Stores a new message with the rows that belong to it (its short links); once this returns, the
     * message survives a crash.
     */
    public void insert(Message message, Collection<?> dependents) {
        persist(message, dependents);
        switch (message.getStatus()) {
            case ACCEPTED -> accepted.fire(new MessageAccepted(message));
            case SCHEDULED -> scheduled.fire(new MessageScheduled(message.getId(), message.getScheduledAt().orElseThrow()));
            default -> {
            }
        }
    }

    /** A message to store with the rows that belong to it (its short links). */
    public record NewMessage(Message message, Collection<?> dependents) {
    }

    /** Stores new messages in one transaction (a group commit); nothing of them is stored when it fails. */
    public List<Void> insertAll(List<NewMessage> batch) {
        for (NewMessage pending : batch) {
            insert(pending.message(), pending.dependents());
        }
        return Collections.nCopies(batch.size(), null);
    }

    /**
     * Stores a message whose recipient opted out, and refuses it at once: kept (REJECTED) so that the
     * customer can see why nothing was sent, never handed to the dispatcher.
     */
    public void insertOptedOut(Message message, Collection<?> dependents) {
        persist(message, dependents);
        message.refuseOptedOut().ifPresent(change -> record(message, change));
    }

    private void persist(Message message, Collection<?> dependents) {
        em.persist(message);
        em.persist(message.acceptance());
        dependents.forEach(em::persist);
    }

    /** Withdraws a scheduled message of the account; false when it is not (or no longer) scheduled. */
    public boolean cancel(UUID id, Account owner) {
        Message message = em.find(Message.class, id.toString(), LockModeType.PESSIMISTIC_WRITE);
        if (message == null || !message.getOwner().getId().equals(owner.getId())) {
            throw new UnknownEntityException("message " + id + " does not exist");
        }
        if (message.getStatus() != MessageStatus.SCHEDULED) {
            return false;
        }
        message.moveTo(MessageStatus.CANCELLED, "cancelled by the customer").ifPresent(change -> record(message, change));
        return true;
    }

    /**
     * Hands a due scheduled message to the dispatcher. The row lock makes one instance (and one
     * timer) win; the others find it no longer SCHEDULED.
     */
    public boolean release(UUID id) {
        Message message = em.find(Message.class, id.toString(), LockModeType.PESSIMISTIC_WRITE);
        if (message == null) {
            return false;
        }
        Optional<StatusChange> change = message.release();
        change.ifPresent(c -> record(message, c));
        if (change.isEmpty() || message.getStatus() != MessageStatus.ACCEPTED) {
            return false;
        }
        accepted.fire(new MessageAccepted(message));
        return true;
    }

    /** Messages waiting for a provider (accepted, or queued for another try), and when the oldest became due. */
    public record QueueFigures(long depth, Instant oldestDueAt) {

        /** How long the oldest waiting message has been due at {@code now}; 0 with none waiting. */
        public long oldestWaitSeconds(Instant now) {
            return oldestDueAt == null ? 0 : Math.max(0, Duration.between(oldestDueAt, now).toSeconds());
        }
    }

    public QueueFigures queueFigures() {
        Object[] row = em.createQuery("select count(m), min(coalesce(m.scheduledAt, m.createdAt)) from Message m where m.status in :pending",
                        Object[].class)
                .setParameter("pending", MessageStatus.WAITING)
                .getSingleResult();
        return new QueueFigures(((Number) row[0]).longValue(), instant(row[1]));
    }

    /**
     * A campaign's messages waiting for a provider (accepted, or queued for another try). Counted status
     * by status: with both statuses in one IN list H2 reads the index on (campaign, status) for the
     * campaign alone, every message the campaign ever released, at each release step.
     */
    public long waitingOfCampaign(String campaignId) {
        long waiting = 0;
        for (MessageStatus status : MessageStatus.WAITING) {
            waiting += em.createQuery("select count(m) from Message m where m.campaignId = :id and m.status = :status", Long.class)
                    .setParameter("id", campaignId)
                    .setParameter("status", status)
                    .getSingleResult();
        }
        return waiting;
    }

    /** An aggregate over a timestamp column comes back as the driver's type: the attribute's converter does not apply to it. */
    private static Instant instant(Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass().getName());
    }

    /** The distinct send times of scheduled messages before the horizon, soonest first (a scheduled message's next attempt is its time). */
    public List<Instant> sendTimesBefore(Instant horizon, int max) {
        return em.createQuery("select distinct m.nextAttemptAt from Message m where m.status = :scheduled and m.nextAttemptAt < :horizon"
                        + " order by m.nextAttemptAt", Instant.class)
                .setParameter("scheduled", MessageStatus.SCHEDULED)
                .setParameter("horizon", horizon)
                .setMaxResults(max)
                .getResultList();
    }

    /** Scheduled messages whose time has come, oldest first. */
    public List<UUID> dueScheduled(Instant now, int max) {
        return em.createQuery("select m.id from Message m where m.status = :scheduled and m.nextAttemptAt <= :now"
                        + " order by m.status, m.nextAttemptAt", String.class)
                .setParameter("scheduled", MessageStatus.SCHEDULED)
                .setParameter("now", now)
                .setMaxResults(max)
                .getResultStream()
                .map(UUID::fromString)
                .toList();
    }

    private void record(Message message, StatusChange change) {
        em.persist(change);
        statusChanged.fire(new MessageStatusChanged(message, change));
    }

    /** Scheduled messages of an account that have not gone out yet, soonest first. */
    public List<Message> scheduled(Account owner, int max) {
        return em.createQuery("select m from Message m where m.owner.id = :owner and m.status = :scheduled order by m.scheduledAt",
                        Message.class)
                .setParameter("owner", owner.getId())
                .setParameter("scheduled", MessageStatus.SCHEDULED)
                .setMaxResults(max)
                .getResultList();
    }

    /** The account's messages, newest first. */
    public List<Message> recent(Account owner, int offset, int max) {
        return em.createQuery("select m from Message m where m.owner.id = :owner order by m.createdAt desc, m.id", Message.class)
                .setParameter("owner", owner.getId())
                .setFirstResult(offset)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(Account owner) {
        return em.createQuery("select count(m) from Message m where m.owner.id = :owner", Long.class)
                .setParameter("owner", owner.getId())
                .getSingleResult();
    }

    /** The integer alias the database gave a stored message. */
    public long numericIdOf(UUID id) {
        return em.createQuery("select m.numericId from Message m where m.id = :id", Long.class)
                .setParameter("id", id.toString())
                .getSingleResult();
    }

    public Optional<Message> findByNumericId(long numericId) {
        return em.createQuery("select m from Message m where m.numericId = :number", Message.class)
                .setParameter("number", numericId)
                .getResultStream().findFirst();
    }

    public Optional<Message> find(UUID id) {
        return Optional.ofNullable(em.find(Message.class, id.toString()));
    }

    public List<StatusChange> history(UUID id) {
        return em.createQuery("select c from StatusChange c where c.message.id = :id order by c.changedAt, c.id", StatusChange.class)
                .setParameter("id", id.toString())
                .getResultList();
    }

    /** A page of the messages that match, newest first. */
    public List<Message> search(MessageSearch search) {
        StringBuilder jpql = new StringBuilder("select m from Message m where 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        search.destination().ifPresent(destination -> where(jpql, parameters, " and m.destination = :destination", "destination", destination));
        search.ownerId().ifPresent(owner -> where(jpql, parameters, " and m.owner.id = :owner", "owner", owner));
        search.status().ifPresent(status -> where(jpql, parameters, " and m.status = :status", "status", status));
        search.from().ifPresent(from -> where(jpql, parameters, " and m.createdAt >= :from", "from", from));
        search.until().ifPresent(until -> where(jpql, parameters, " and m.createdAt < :until", "until", until));
        search.after().ifPresent(mark -> {
            where(jpql, parameters, " and (m.createdAt < :markTime or (m.createdAt = :markTime and m.id < :markId))", "markTime", mark.createdAt());
            parameters.put("markId", mark.id());
        });
        jpql.append(" order by m.createdAt desc, m.id desc");
        TypedQuery<Message> query = em.createQuery(jpql.toString(), Message.class).setMaxResults(search.limit());
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    private static void where(StringBuilder jpql, Map<String, Object> parameters, String condition, String name, Object value) {
        jpql.append(condition);
        parameters.put(name, value);
    }

    /** How many times each status was reached in {@code [from, until)}. */
    public Map<MessageStatus, Long> statusesReached(Instant from, Instant until) {
        Map<MessageStatus, Long> counts = new EnumMap<>(MessageStatus.class);
        em.createQuery("select c.status, count(c) from StatusChange c where c.changedAt >= :from and c.changedAt < :until group by c.status",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("until", until)
                .getResultList()
                .forEach(row -> counts.put((MessageStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** The account that last sent a message to this number, if any. */
    public Optional<Account> lastSenderTo(String destination) {
        return em.createQuery("select m.owner from Message m where m.destination = :number order by m.createdAt desc", Account.class)
                .setParameter("number", destination)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
