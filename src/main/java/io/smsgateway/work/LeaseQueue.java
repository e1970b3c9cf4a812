package io.smsgateway.work;

import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A table used as a queue of work under leases (the dispatch queue of messages, the webhook outbox):
 * how its due rows are taken, the same for every such table and safe with several instances on one
 * database. The ids of due rows are chosen first, since a statement that both limits its rows and
 * locks them is not portable (H2 refuses it); they are then locked by one statement per thousand ids,
 * in id order as every locker takes them, and each is checked again under its lock, since another
 * instance may have leased it in between. The caller leases what it gets in the same transaction.
 *
 * @param <E> the entity of the table; its identifier is a string attribute named {@code id}
 */
public final class LeaseQueue<E> {

    /** Ids per IN list: well below what any database takes as parameters of one statement. */
    private static final int IN_LIST_MAX = 1000;

    private final Class<E> type;
    private final Function<E, String> idOf;
    private final String lockById;

    public LeaseQueue(Class<E> type, Function<E, String> idOf) {
        this.type = type;
        this.idOf = idOf;
        this.lockById = "select e from " + type.getSimpleName() + " e where e.id in :ids order by e.id";
    }

    /**
     * At most {@code max} of the rows that {@code dueIds} selects, in its order, locked, that
     * {@code stillDue} accepts under their locks.
     */
    public List<E> lockDue(EntityManager em, TypedQuery<String> dueIds, int max, Predicate<E> stillDue) {
        List<String> ids = dueIds.setMaxResults(max).getResultList();
        Map<String, E> locked = lockedById(em, ids);
        return ids.stream().map(locked::get).filter(Objects::nonNull).filter(stillDue).toList();
    }

    /** The rows with these ids that exist, locked, by id. */
    public Map<String, E> lockedById(EntityManager em, Collection<String> ids) {
        Map<String, E> rows = new HashMap<>();
        for (List<String> chunk : inListChunks(ids.stream().distinct().sorted().toList())) {
            em.createQuery(lockById, type)
                    .setParameter("ids", chunk)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList()
                    .forEach(row -> rows.put(idOf.apply(row), row));
        }
        return rows;
    }

    /** {@code items} cut into lists short enough for one IN parameter each. */
    public static <T> List<List<T>> inListChunks(List<T> items) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += IN_LIST_MAX) {
            chunks.add(items.subList(from, Math.min(items.size(), from + IN_LIST_MAX)));
        }
        return chunks;
    }
}
