package io.smsgateway.policy;

import io.smsgateway.shared.DuplicateEntityException;
import io.smsgateway.shared.InvalidInputException;
import io.smsgateway.shared.UnknownEntityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.regex.Pattern;

/** Destinations that must never receive a message. */
@ApplicationScoped
@Transactional
public class Watchlist {

    private static final Pattern NUMBER_OR_PREFIX = Pattern.compile("\\+[0-9]{1,15}");

    @PersistenceContext
    private EntityManager em;

    public boolean blocks(String destination) {
        Long hits = em.createQuery("select count(w) from WatchlistEntry w where "
                        + "(w.matchType = io.smsgateway.policy.WatchlistEntry.MatchType.EXACT and w.pattern = :destination) or "
                        + "(w.matchType = io.smsgateway.policy.WatchlistEntry.MatchType.PREFIX "
                        + "and locate(w.pattern, :destination) = 1)", Long.class)
                .setParameter("destination", destination)
                .getSingleResult();
        return hits > 0;
    }

    public WatchlistEntry add(String pattern, WatchlistEntry.MatchType matchType, String reason) {
        if (pattern == null || !NUMBER_OR_PREFIX.matcher(pattern).matches()) {
            throw new InvalidInputException("number must be '+' followed by 1 to 15 digits");
        }
        if (matchType == null) {
            throw new InvalidInputException("match must be EXACT or PREFIX");
        }
        boolean exists = !em.createQuery("select w from WatchlistEntry w where w.pattern = :p and w.matchType = :t", WatchlistEntry.class)
                .setParameter("p", pattern)
                .setParameter("t", matchType)
                .getResultList()
                .isEmpty();
        if (exists) {
            throw new DuplicateEntityException("watchlist already holds " + matchType + " " + pattern);
        }
        WatchlistEntry entry = new WatchlistEntry(pattern, matchType, reason);
        em.persist(entry);
        return entry;
    }

    public List<WatchlistEntry> entries() {
        return em.createQuery("select w from WatchlistEntry w order by w.pattern", WatchlistEntry.class).getResultList();
    }

    public void remove(long id) {
        WatchlistEntry entry = em.find(WatchlistEntry.class, id);
        if (entry == null) {
            throw new UnknownEntityException("watchlist entry " + id + " does not exist");
        }
        em.remove(entry);
    }
}
