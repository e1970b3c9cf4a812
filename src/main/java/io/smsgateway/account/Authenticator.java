package io.smsgateway.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Verifies username and password: the accounts are the application's Jakarta Security identity store.
 *
 * <p>The dialects' filters call {@link #authenticate} (they need the account, not only its name and
 * groups); as an {@link IdentityStore} the same check serves any Jakarta Security mechanism, and its
 * presence is what makes a server activate Jakarta Security for the WAR (WildFly does so only for a
 * deployment with an identity store, a mechanism or one of their annotations; without it there is no
 * {@code Pbkdf2PasswordHash} to inject).
 *
 * <p>PBKDF2 with 600,000 iterations costs a good fraction of a CPU second, so a successful
 * verification is remembered while it is in use and for {@code gateway.auth.cache-seconds} after its
 * last use (it can only expire between uses: had it expired under load, every request in flight
 * would have run PBKDF2 at once), and requests bringing the same credentials at the same time share
 * one run. The cache key is an HMAC (with a key that never
 * leaves this process) over the username, the stored hash and the password: a changed password or a
 * heap dump does not turn the cache into a credential store. After {@code gateway.auth.max-failures}
 * wrong passwords for one username, its checks are refused for {@code gateway.auth.lockout-seconds}.
 */
@ApplicationScoped
public class Authenticator implements IdentityStore {

    static final String INVALID_CREDENTIALS = "Username or password not valid";
    private static final int MAX_CACHED = 10_000;

    @Inject
    private AccountSnapshots accounts;

    @Inject
    private PasswordHasher hasher;

    @Inject
    @ConfigProperty(name = "gateway.auth.cache-seconds", defaultValue = "60")
    private long cacheSeconds;

    @Inject
    @ConfigProperty(name = "gateway.auth.max-failures", defaultValue = "10")
    private int maxFailures;

    @Inject
    @ConfigProperty(name = "gateway.auth.lockout-seconds", defaultValue = "300")
    private long lockoutSeconds;

    /** Fingerprints of verified credentials, each counting until its expiry. */
    private final ExpiringEntries<String, Boolean> verified = new ExpiringEntries<>(MAX_CACHED);
    private final Map<String, CompletableFuture<Boolean>> verifying = new ConcurrentHashMap<>();
    private final byte[] cacheKey = new SecureRandom().generateSeed(32);
    private FailureWindows failures;

    @PostConstruct
    void init() {
        failures = new FailureWindows(maxFailures, Duration.ofSeconds(lockoutSeconds));
    }

    public Account authenticate(String username, String password) {
        Account account = accounts.byUsername(username)
                .filter(Account::isEnabled)
                .orElseThrow(() -> new AuthenticationFailedException(INVALID_CREDENTIALS));
        String fingerprint = fingerprint(account, password);
        long now = System.nanoTime();
        long left = verified.nanosLeft(fingerprint, now);
        if (left > 0) {
            if (left < cacheNanos() / 2) {
                verified.put(fingerprint, Boolean.TRUE, now + cacheNanos(), now); // in use: kept, so that it never expires under load
            }
            return account;
        }
        if (failures.isBlocked(username, Instant.now())) {
            // Not even checked: guessing must not cost us a PBKDF2 run per attempt.
            throw new AuthenticationFailedException(INVALID_CREDENTIALS);
        }
        if (!verifyOnce(fingerprint, password, account.getPasswordHash())) {
            failures.recordFailure(username, Instant.now());
            throw new AuthenticationFailedException(INVALID_CREDENTIALS);
        }
        failures.forget(username);
        verified.put(fingerprint, Boolean.TRUE, now + cacheNanos(), now);
        return account;
    }

    /**
     * The PBKDF2 check, run once for requests that bring the same credentials at the same time: a
     * client opening 32 connections at once would otherwise cost 32 runs of a good fraction of a CPU
     * second each, and stall every request of the server meanwhile.
     */
    private boolean verifyOnce(String fingerprint, String password, String passwordHash) {
        CompletableFuture<Boolean> mine = new CompletableFuture<>();
        CompletableFuture<Boolean> running = verifying.putIfAbsent(fingerprint, mine);
        if (running != null) {
            try {
                return running.join();
            } catch (CompletionException failed) {
                throw failed.getCause() instanceof RuntimeException cause ? cause : failed;
            }
        }
        try {
            boolean matches = hasher.matches(password, passwordHash);
            mine.complete(matches);
            return matches;
        } catch (RuntimeException failed) {
            mine.completeExceptionally(failed);
            throw failed;
        } finally {
            verifying.remove(fingerprint, mine);
        }
    }

    private long cacheNanos() {
        return TimeUnit.SECONDS.toNanos(cacheSeconds);
    }

    /** The identity store's contract: the account's name and its roles as groups, or invalid. */
    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        try {
            Account account = authenticate(credential.getCaller(), credential.getPasswordAsString());
            Set<String> groups = account.getRoles().stream().map(Role::name).collect(Collectors.toSet());
            return new CredentialValidationResult(account.getUsername(), groups);
        } catch (AuthenticationFailedException refused) {
            return CredentialValidationResult.INVALID_RESULT;
        }
    }

    /** Only this store's own validation: groups are not offered to other stores. */
    @Override
    public Set<ValidationType> validationTypes() {
        return EnumSet.of(ValidationType.VALIDATE);
    }

    private String fingerprint(Account account, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(cacheKey, "HmacSHA256"));
            String material = account.getUsername() + '\0' + account.getPasswordHash() + '\0' + password;
            return HexFormat.of().formatHex(mac.doFinal(material.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
