package io.smsgateway.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Accounts by username as read from the database at most {@code gateway.auth.account-cache-millis}
 * ago: every request is authenticated against its account, and a query per request was a good part of
 * a send's cost. A change made through this instance counts at once (its entry is dropped as the
 * changing transaction completes); one made through another instance of a cluster (an account
 * disabled there, say) counts here within that bound. The accounts handed out are shared between
 * requests and only read: their setters are the account package's, used on managed copies only.
 */
@ApplicationScoped
public class AccountSnapshots {

    /** Usernames remembered at most; beyond it, new ones are read each time until old entries expire. */
    private static final int MAX_REMEMBERED = 10_000;

    @Inject
    private AccountRepository repository;

    @Inject
    @ConfigProperty(name = "gateway.auth.account-cache-millis", defaultValue = "5000")
    private long freshForMillis;

    private final ExpiringEntries<String, Account> byUsername = new ExpiringEntries<>(MAX_REMEMBERED);
    /** Counts the changes seen: a read that overlapped one may predate it and is not remembered. */
    private final AtomicLong changes = new AtomicLong();

    /** The account, as read at most the configured bound ago; empty when none has that name. */
    public Optional<Account> byUsername(String username) {
        long now = System.nanoTime();
        Account remembered = byUsername.get(username, now);
        if (remembered != null) {
            return Optional.of(remembered);
        }
        long changesBefore = changes.get();
        Optional<Account> account = repository.findByUsername(username);
        if (account.isEmpty()) {
            byUsername.remove(username);
        } else if (freshForMillis > 0 && changes.get() == changesBefore) {
            byUsername.put(username, account.get(), now + TimeUnit.MILLISECONDS.toNanos(freshForMillis), now);
        }
        return account;
    }

    void forget(@Observes(during = TransactionPhase.AFTER_COMPLETION) AccountChanged changed) {
        changes.incrementAndGet();
        byUsername.remove(changed.username());
    }

    /** An account was created or changed in the current transaction. */
    public record AccountChanged(String username) {
    }
}
