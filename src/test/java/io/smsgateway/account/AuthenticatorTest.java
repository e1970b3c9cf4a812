package io.smsgateway.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {

    /** A slow hash, as PBKDF2 is, that counts its runs; "right" is the only password of "acme". */
    private static final class SlowHasher extends PasswordHasher {
        final AtomicInteger runs = new AtomicInteger();

        volatile RuntimeException failure;

        @Override
        public boolean matches(String password, String storedHash) {
            runs.incrementAndGet();
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (failure != null) {
                throw failure;
            }
            return "right".equals(password);
        }
    }

    private static final class OneAccount extends AccountSnapshots {
        @Override
        public Optional<Account> byUsername(String username) {
            return "acme".equals(username) ? Optional.of(new Account("acme", "hash", Set.of(Role.USER), new Lra(1, "LRA")))
                    : Optional.empty();
        }
    }

    private final SlowHasher hasher = new SlowHasher();
    private final Authenticator authenticator = new Authenticator();
    private final ExecutorService clients = Executors.newFixedThreadPool(16);

    @BeforeEach
    void wire() throws ReflectiveOperationException {
        set("accounts", new OneAccount());
        set("hasher", hasher);
        set("cacheSeconds", 60L);
        set("maxFailures", 10);
        set("lockoutSeconds", 300L);
        authenticator.init();
    }

    @AfterEach
    void stop() {
        clients.shutdownNow();
    }

    @Test
    void requestsBringingTheSameCredentialsAtOnceShareOneHashRun() throws Exception {
        List<Future<Account>> requests = atOnce(16);
        for (Future<Account> request : requests) {
            assertEquals("acme", request.get(10, TimeUnit.SECONDS).getUsername());
        }

        assertEquals(1, hasher.runs.get());
    }

    @Test
    void aFailingHashRunFailsEveryRequestWaitingForItWithItsOwnError() throws Exception {
        hasher.failure = new IllegalStateException("hash provider unavailable");
        List<Future<Account>> requests = atOnce(4);
        for (Future<Account> request : requests) {
            ExecutionException failed = assertThrows(ExecutionException.class, () -> request.get(10, TimeUnit.SECONDS));
            assertEquals(IllegalStateException.class, failed.getCause().getClass(), failed.toString());
        }
    }

    @Test
    void aVerifiedPasswordIsNotHashedAgainWhileInUseAndAWrongOneAlwaysIs() {
        authenticator.authenticate("acme", "right");
        authenticator.authenticate("acme", "right");
        assertEquals(1, hasher.runs.get());

        assertThrows(AuthenticationFailedException.class, () -> authenticator.authenticate("acme", "wrong"));
        assertThrows(AuthenticationFailedException.class, () -> authenticator.authenticate("acme", "wrong"));
        assertEquals(3, hasher.runs.get());
    }

    @Test
    void aVerificationInUseOutlivesItsTime() throws Exception {
        set("cacheSeconds", 1L);
        authenticator.authenticate("acme", "right");
        Thread.sleep(600);
        authenticator.authenticate("acme", "right");
        Thread.sleep(600);
        authenticator.authenticate("acme", "right"); // 1.2 s after the check: still counts, since it was used meanwhile

        assertEquals(1, hasher.runs.get());
    }

    @Test
    void aVerificationStopsCountingAfterItsTimeWithoutUse() throws ReflectiveOperationException {
        set("cacheSeconds", 0L);
        authenticator.authenticate("acme", "right");
        authenticator.authenticate("acme", "right");

        assertEquals(2, hasher.runs.get());
    }

    /** {@code count} requests with the right password for "acme", let go at the same moment. */
    private List<Future<Account>> atOnce(int count) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Account>> requests = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            requests.add(clients.submit(() -> {
                start.await();
                return authenticator.authenticate("acme", "right");
            }));
        }
        start.countDown();
        return requests;
    }

    private void set(String name, Object value) throws ReflectiveOperationException {
        Field field = Authenticator.class.getDeclaredField(name);
        field.setAccessible(true);
        field.set(authenticator, value);
    }
}
