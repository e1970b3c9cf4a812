package io.smsgateway.webhook;

import io.smsgateway.shared.StateConflictException;
import io.smsgateway.shared.UnknownEntityException;
import io.smsgateway.work.LeaseQueue;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The notification outbox as a queue: claimed under a lease, settled after each attempt. */
@Stateless
public class WebhookStore {

    private static final LeaseQueue<WebhookDelivery> OUTBOX = new LeaseQueue<>(WebhookDelivery.class, WebhookDelivery::id);

    @PersistenceContext
    private EntityManager em;

    public List<WebhookDelivery> claim(int max, Duration lease) {
        Instant now = Instant.now();
        TypedQuery<String> due = em.createQuery("select w.id from WebhookDelivery w where w.state = :pending "
                        + "and w.nextAttemptAt <= :now and (w.leaseUntil is null or w.leaseUntil < :now) "
                        // The index's order (H2 reads an index in order only from its first column): no sort of the whole outbox.
                        + "order by w.state, w.nextAttemptAt",
                        String.class)
                .setParameter("pending", WebhookDelivery.State.PENDING)
                .setParameter("now", now);
        List<WebhookDelivery> claimed = OUTBOX.lockDue(em, due, max, delivery -> delivery.isDue(now));
        claimed.forEach(delivery -> delivery.lease(now.plus(lease)));
        return claimed;
    }

    public void postpone(String id, Instant when) {
        em.find(WebhookDelivery.class, id).postpone(when);
    }

    public void delivered(String id, int status) {
        em.find(WebhookDelivery.class, id).delivered(status);
    }

    public void failed(String id, Integer status, String error, Instant retryAt) {
        em.find(WebhookDelivery.class, id).failed(status, error, retryAt);
    }

    /** Notifications still to be delivered, and those given up after every attempt (dead letters). */
    public Map<WebhookDelivery.State, Long> undeliveredCounts() {
        Map<WebhookDelivery.State, Long> counts = new EnumMap<>(WebhookDelivery.State.class);
        counts.put(WebhookDelivery.State.PENDING, 0L);
        counts.put(WebhookDelivery.State.DEAD, 0L);
        em.createQuery("select w.state, count(w) from WebhookDelivery w where w.state <> :delivered group by w.state", Object[].class)
                .setParameter("delivered", WebhookDelivery.State.DELIVERED)
                .getResultList()
                .forEach(row -> counts.put((WebhookDelivery.State) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** Notifications given up after every attempt, most recent first. */
    public List<WebhookDelivery.View> deadLetters(int max) {
        return em.createQuery("select w from WebhookDelivery w where w.state = :dead order by w.createdAt desc", WebhookDelivery.class)
                .setParameter("dead", WebhookDelivery.State.DEAD)
                .setMaxResults(max)
                .getResultStream().map(WebhookDelivery::view).toList();
    }

    /** Sends a dead letter again; unknown or not dead: a conflict the operator sees. */
    public WebhookDelivery.View redeliver(String id) {
        WebhookDelivery delivery = em.find(WebhookDelivery.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (delivery == null) {
            throw new UnknownEntityException("notification " + id + " does not exist");
        }
        if (!delivery.redeliver(Instant.now())) {
            throw new StateConflictException("notification " + id + " is " + delivery.state() + ", not DEAD");
        }
        return delivery.view();
    }

    public List<WebhookDelivery.View> viewsForMessage(String messageId) {
        return forMessage(messageId).stream().map(WebhookDelivery::view).toList();
    }

    public List<WebhookDelivery> forMessage(String messageId) {
        return em.createQuery("select w from WebhookDelivery w where w.messageId = :id order by w.createdAt", WebhookDelivery.class)
                .setParameter("id", messageId)
                .getResultList();
    }
}
