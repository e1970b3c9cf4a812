package io.smsgateway.message;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
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

    /** Stores a new message; once this returns, the message survives a crash. */
    public void insert(Message message) {
        em.persist(message);
        em.persist(message.acceptance());
        accepted.fire(new MessageAccepted(message.getId()));
    }

    public Optional<Message> find(UUID id) {
        return Optional.ofNullable(em.find(Message.class, id.toString()));
    }

    public List<StatusChange> history(UUID id) {
        return em.createQuery("select c from StatusChange c where c.message.id = :id order by c.changedAt, c.id", StatusChange.class)
                .setParameter("id", id.toString())
                .getResultList();
    }
}
