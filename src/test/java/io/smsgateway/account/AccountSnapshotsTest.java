package io.smsgateway.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AccountSnapshotsTest {

    /** The database: what it holds now, and how often it was asked. */
    private static final class CountingRepository extends AccountRepository {
        final Map<String, Account> rows = new HashMap<>();
        int reads;
        Runnable duringRead = () -> { };

        @Override
        public Optional<Account> findByUsername(String username) {
            reads++;
            Optional<Account> found = Optional.ofNullable(rows.get(username));
            duringRead.run();
            return found;
        }
    }

    private final CountingRepository repository = new CountingRepository();
    private final AccountSnapshots snapshots = new AccountSnapshots();

    @BeforeEach
    void wire() throws ReflectiveOperationException {
        set("repository", repository);
        set("freshForMillis", 60_000L);
        repository.rows.put("acme", account("acme"));
    }

    @Test
    void anAccountReadRecentlyIsNotReadAgain() {
        Account first = snapshots.byUsername("acme").orElseThrow();

        assertSame(first, snapshots.byUsername("acme").orElseThrow());
        assertEquals(1, repository.reads);
    }

    @Test
    void aChangeCommittedHereCountsAtOnce() {
        snapshots.byUsername("acme");
        Account disabled = account("acme");
        disabled.enable(false);
        repository.rows.put("acme", disabled);

        snapshots.forget(new AccountSnapshots.AccountChanged("acme"));

        assertFalse(snapshots.byUsername("acme").orElseThrow().isEnabled());
        assertEquals(2, repository.reads);
    }

    @Test
    void aReadOverlappingAChangeIsNotRemembered() {
        repository.duringRead = () -> snapshots.forget(new AccountSnapshots.AccountChanged("acme"));
        snapshots.byUsername("acme");
        repository.duringRead = () -> { };

        snapshots.byUsername("acme");

        assertEquals(2, repository.reads, "the first read may predate the change, so the second asked the database");
    }

    @Test
    void unknownNamesAreAskedEachTimeAndAZeroBoundTurnsRememberingOff() throws ReflectiveOperationException {
        assertTrue(snapshots.byUsername("nobody").isEmpty());
        assertTrue(snapshots.byUsername("nobody").isEmpty());
        assertEquals(2, repository.reads);

        set("freshForMillis", 0L);
        snapshots.byUsername("acme");
        snapshots.byUsername("acme");
        assertEquals(4, repository.reads);
    }

    private static Account account(String username) {
        return new Account(username, "hash", Set.of(Role.USER), new Lra(1, "LRA"));
    }

    private void set(String name, Object value) throws ReflectiveOperationException {
        Field field = AccountSnapshots.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(snapshots, value);
    }
}
