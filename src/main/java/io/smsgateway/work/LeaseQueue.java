package io.smsgateway.work;

import io.smsgateway.persistence.InLists;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
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
        return locked(em, dueIds.setMaxResults(max).getResultList(), stillDue);
    }

    /** The rows with these ids, locked, in the order of the ids, that {@code still} accepts under their locks. */
    public List<E> locked(EntityManager em, List<String> ids, Predicate<E> still) {
        Map<String, E> locked = lockedById(em, ids);
        return ids.stream().map(locked::get).filter(Objects::nonNull).filter(still).toList();
    }

    /**
     * The rows with these ids that exist, locked, by id. The query does not write the transaction's
     * changes out first: that flush compared every entity the transaction had read, at each chunk, a
     * cost that grew with the batch, and nothing here needs it, since the rows are chosen by id alone and
     * a row is locked before it is changed (a row the transaction had changed unlocked would be read
     * anew under its lock, the change lost).
     */
    public Map<String, E> lockedById(EntityManager em, Collection<String> ids) {
        Map<String, E> rows = new HashMap<>();
        for (List<String> chunk : InLists.chunks(ids.stream().distinct().sorted().toList())) {
            em.createQuery(lockById, type)
                    .setParameter("ids", chunk)
                    .setFlushMode(FlushModeType.COMMIT)
                    .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                    .getResultList()
                    .forEach(row -> rows.put(idOf.apply(row), row));
        }
        return rows;
    }
}
