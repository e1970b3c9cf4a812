package io.smsgateway.policy;

import io.smsgateway.account.Account;
import io.smsgateway.kernel.Rejection;
import io.smsgateway.kernel.SendRejectedException;
import io.smsgateway.shared.ClusterShare;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Refuses messages that would flood a destination: too many to one number, too many from one
 * account, or the same text to the same number again, each within its time window.
 *
 * <p>Counts are kept in memory (exact sliding windows, O(1) per message whatever the traffic): the
 * message table is never scanned. With {@code gateway.cluster.instances} instances behind one
 * database, each instance allows its share of the per-destination and per-account limits (the limit
 * divided by the number of instances, at least 1), so the cluster as a whole never exceeds them; a
 * client that always reaches the same instance gets that share. The duplicate-text rule is per
 * instance. A restart forgets the counts of the current window.
 */
@ApplicationScoped
public class AntiFlooding {

    @Inject
    private SendPolicyConfig config;

    @Inject
    private ClusterShare share;

    private SlidingWindowCounter sameText;
    private SlidingWindowCounter perDestination;
    private SlidingWindowCounter perAccount;
    private final AtomicLong lastEviction = new AtomicLong(System.currentTimeMillis());
    private long evictionEveryMillis;

    @PostConstruct
    void init() {
        sameText = new SlidingWindowCounter(config.duplicateWindow(), 1);
        perDestination = new SlidingWindowCounter(config.destinationWindow(), share.of(config.destinationMaxMessages()));
        perAccount = new SlidingWindowCounter(config.accountWindow(), share.of(config.accountMaxMessages()));
        evictionEveryMillis = Math.max(1_000, Math.min(config.duplicateWindow().toMillis(),
                Math.min(config.destinationWindow().toMillis(), config.accountWindow().toMillis())));
    }

    /** The slots one message took; given back when the message is not stored after all. */
    public static final class Reservation {

        public static final Reservation NONE = new Reservation(0);

        private final long takenAt;
        private final List<Runnable> giveBacks = new ArrayList<>(3);

        private Reservation(long takenAt) {
            this.takenAt = takenAt;
        }

        public void release() {
            giveBacks.forEach(Runnable::run);
            giveBacks.clear();
        }
    }

    /** Takes a slot in each window for one message to {@code destination}, or refuses it (code 60). */
    public Reservation reserve(Account owner, String destination, String bodyHash) {
        long now = System.currentTimeMillis();
        evictIdleKeys(now);
        Reservation reservation = new Reservation(now);
        take(reservation, sameText, destination + "|" + bodyHash, "the same text was sent to this destination less than "
                + config.duplicateWindow().toSeconds() + " seconds ago");
        take(reservation, perDestination, destination, "more than " + config.destinationMaxMessages()
                + " messages to this destination within " + config.destinationWindow().toSeconds() + " seconds");
        take(reservation, perAccount, owner.getId().toString(), "more than " + config.accountMaxMessages()
                + " messages from this account within " + config.accountWindow().toSeconds() + " seconds");
        return reservation;
    }

    private static void take(Reservation reservation, SlidingWindowCounter counter, String key, String whyRefused) {
        if (!counter.tryTake(key, reservation.takenAt)) {
            reservation.release();
            throw new SendRejectedException(Rejection.FLOODING, "Message blocked by anti-flooding: " + whyRefused);
        }
        reservation.giveBacks.add(() -> counter.giveBack(key, reservation.takenAt));
    }

    /** Once per shortest window, forgets keys with nothing left in their window. */
    private void evictIdleKeys(long now) {
        long last = lastEviction.get();
        if (now - last >= evictionEveryMillis && lastEviction.compareAndSet(last, now)) {
            sameText.evictIdle(now);
            perDestination.evictIdle(now);
            perAccount.evictIdle(now);
        }
    }
}
