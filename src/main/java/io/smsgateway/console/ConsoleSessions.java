package io.smsgateway.console;

import io.smsgateway.account.Account;
import io.smsgateway.account.AccountRepository;
import io.smsgateway.account.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opens, finds and ends console sessions. A session lasts {@code gateway.console.idle-minutes} after
 * its last use and never longer than {@code gateway.console.max-hours}; it ends at once when its
 * account is disabled or loses the ADMIN role.
 */
@ApplicationScoped
@Transactional
public class ConsoleSessions {

    public record Opened(String cookieToken, ConsoleSession session) {
    }

    /** The operator a live session belongs to, and the token every change it makes must carry. */
    public record LiveSession(Account operator, String csrfToken) {

        /** Whether a change may be made in this session: it carries the session's CSRF token (compared in constant time). */
        public boolean allowsChange(String givenCsrfToken) {
            return givenCsrfToken != null
                    && MessageDigest.isEqual(givenCsrfToken.getBytes(StandardCharsets.UTF_8), csrfToken.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountRepository accounts;

    @Inject
    @ConfigProperty(name = "gateway.console.idle-minutes", defaultValue = "30")
    private long idleMinutes;

    @Inject
    @ConfigProperty(name = "gateway.console.max-hours", defaultValue = "12")
    private long maxHours;

    public Opened open(Account operator) {
        Instant now = Instant.now();
        em.createQuery("delete from ConsoleSession s where s.expiresAt < :now").setParameter("now", now).executeUpdate();
        String token = randomToken();
        ConsoleSession session = new ConsoleSession(hash(token), operator.getUsername(), randomToken(), now, idle());
        em.persist(session);
        return new Opened(token, session);
    }

    /** The live session the cookie's token opens, its idle deadline extended. */
    public Optional<LiveSession> live(String cookieToken) {
        if (cookieToken == null || cookieToken.isBlank() || cookieToken.length() > 100) {
            return Optional.empty();
        }
        ConsoleSession session = em.find(ConsoleSession.class, hash(cookieToken));
        Instant now = Instant.now();
        if (session == null || !session.isLive(now, Duration.ofHours(maxHours))) {
            return Optional.empty();
        }
        Optional<Account> operator = operator(session.username());
        if (operator.isPresent()) {
            session.touch(now, idle());
        }
        return operator.map(account -> new LiveSession(account, session.csrfToken()));
    }

    public void close(String cookieToken) {
        if (cookieToken != null && cookieToken.length() <= 100) {
            em.createQuery("delete from ConsoleSession s where s.tokenHash = :hash").setParameter("hash", hash(cookieToken)).executeUpdate();
        }
    }

    private Optional<Account> operator(String username) {
        return accounts.findByUsername(username).filter(Account::isEnabled).filter(account -> account.hasRole(Role.ADMIN));
    }

    private Duration idle() {
        return Duration.ofMinutes(idleMinutes);
    }

    private static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
