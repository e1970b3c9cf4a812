package io.smsgateway.policy;

import io.smsgateway.account.Account;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;

/**
 * Refuses messages that would flood a destination: too many to one number, too many from one
 * account, or the same text to the same number again, each within its time window.
 * Counts come from the message store itself, so every gateway instance sees the same numbers.
 */
@ApplicationScoped
public class AntiFlooding {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private SendPolicyConfig config;

    public void requireWithinLimits(Account owner, String destination, String bodyHash) {
        Instant now = Instant.now();
        long sameText = em.createQuery("select count(m) from Message m where m.destination = :destination "
                        + "and m.bodyHash = :hash and m.createdAt > :since", Long.class)
                .setParameter("destination", destination)
                .setParameter("hash", bodyHash)
                .setParameter("since", now.minus(config.duplicateWindow()))
                .getSingleResult();
        if (sameText > 0) {
            throw flooding("the same text was sent to this destination less than "
                    + config.duplicateWindow().toSeconds() + " seconds ago");
        }
        long toDestination = em.createQuery("select count(m) from Message m where m.destination = :destination "
                        + "and m.createdAt > :since", Long.class)
                .setParameter("destination", destination)
                .setParameter("since", now.minus(config.destinationWindow()))
                .getSingleResult();
        if (toDestination >= config.destinationMaxMessages()) {
            throw flooding("more than " + config.destinationMaxMessages() + " messages to this destination within "
                    + config.destinationWindow().toSeconds() + " seconds");
        }
        long fromAccount = em.createQuery("select count(m) from Message m where m.owner = :owner "
                        + "and m.createdAt > :since", Long.class)
                .setParameter("owner", owner)
                .setParameter("since", now.minus(config.accountWindow()))
                .getSingleResult();
        if (fromAccount >= config.accountMaxMessages()) {
            throw flooding("more than " + config.accountMaxMessages() + " messages from this account within "
                    + config.accountWindow().toSeconds() + " seconds");
        }
    }

    private static SendRejectedException flooding(String why) {
        return new SendRejectedException(Rejection.FLOODING, "Message blocked by anti-flooding: " + why);
    }
}
