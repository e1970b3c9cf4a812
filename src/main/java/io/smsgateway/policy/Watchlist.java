package io.smsgateway.policy;

import io.smsgateway.shared.DuplicateEntityException;
import io.smsgateway.shared.InvalidInputException;
import io.smsgateway.shared.UnknownEntityException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Destinations that must never receive a message. Sends are matched against an in-memory copy (exact
 * numbers in one set, prefixes in another: at most 15 lookups per destination), reloaded as soon as
 * this instance changes the list and every {@code gateway.watchlist.refresh-seconds} for changes made
 * on other instances.
 */
@ApplicationScoped
@Transactional
public class Watchlist {

    private static final Pattern NUMBER_OR_PREFIX = Pattern.compile("\\+[0-9]{1,15}");

    @PersistenceContext
    private EntityManager em;

    @Inject
    @ConfigProperty(name = "gateway.watchlist.refresh-seconds", defaultValue = "10")
    private int refreshSeconds;

    @Inject
    private Event<WatchlistChanged> changed;

    private volatile Snapshot snapshot;

    /** The list as loaded at {@code loadedAt}. */
    private record Snapshot(Set<String> exact, Set<String> prefixes, long loadedAt) {

        boolean blocks(String destination) {
            if (exact.contains(destination)) {
                return true;
            }
            for (int end = 2; end <= destination.length(); end++) {
                if (prefixes.contains(destination.substring(0, end))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Fired when this instance changed the list; observed after the commit. */
    record WatchlistChanged() {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean blocks(String destination) {
        Snapshot current = snapshot;
        if (current == null || System.currentTimeMillis() - current.loadedAt() > refreshSeconds * 1000L) {
            current = reload();
        }
        return current.blocks(destination);
    }

    private synchronized Snapshot reload() {
        long now = System.currentTimeMillis();
        Snapshot current = snapshot;
        if (current != null && now - current.loadedAt() <= refreshSeconds * 1000L) {
            return current; // another thread reloaded it meanwhile
        }
        Set<String> exact = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (WatchlistEntry entry : em.createQuery("select w from WatchlistEntry w", WatchlistEntry.class).getResultList()) {
            (entry.getMatchType() == WatchlistEntry.MatchType.PREFIX ? prefixes : exact).add(entry.getPattern());
        }
        snapshot = new Snapshot(Set.copyOf(exact), Set.copyOf(prefixes), now);
        return snapshot;
    }

    /** In-memory only, and outside the class's transactions: after completion the committed one takes no work (WildFly). */
    @Transactional(Transactional.TxType.SUPPORTS)
    void forgetSnapshot(@Observes(during = TransactionPhase.AFTER_SUCCESS) WatchlistChanged change) {
        snapshot = null;
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
        changed.fire(new WatchlistChanged());
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
        changed.fire(new WatchlistChanged());
    }
}
