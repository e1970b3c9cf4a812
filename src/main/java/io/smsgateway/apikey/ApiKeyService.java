package io.smsgateway.apikey;

import io.smsgateway.account.Account;
import io.smsgateway.account.AuthenticationFailedException;
import io.smsgateway.shared.InvalidInputException;
import io.smsgateway.shared.UnknownEntityException;
import jakarta.enterprise.context.ApplicationScoped;
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
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;

/** Issues, checks and revokes API keys. */
@ApplicationScoped
@Transactional
public class ApiKeyService {

    private static final String PREFIX = "sgw_";
    private static final Duration LAST_USE_RESOLUTION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext
    private EntityManager em;

    /** A new key and its secret, which exists only in this answer. */
    public record IssuedKey(ApiKey key, String secret) {

        @Override
        public String toString() {
            return "IssuedKey[" + key.getId() + "]";
        }
    }

    public IssuedKey issue(Account account, String name, Set<String> permissionNames) {
        if (name == null || name.isBlank() || name.length() > 100) {
            throw new InvalidInputException("name must be 1 to 100 characters");
        }
        if (permissionNames == null || permissionNames.isEmpty()) {
            throw new InvalidInputException("permissions must list at least one of " + wireNames());
        }
        Set<Permission> permissions = EnumSet.noneOf(Permission.class);
        for (String permissionName : permissionNames) {
            permissions.add(Permission.fromWire(permissionName).orElseThrow(() ->
                    new InvalidInputException("unknown permission '" + permissionName + "'; known: " + wireNames())));
        }
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        ApiKey key = new ApiKey(em.getReference(Account.class, account.getId()), name.strip(), secret.substring(0, 10), hash(secret), permissions);
        em.persist(key);
        return new IssuedKey(key, secret);
    }

    /** The key behind a Bearer secret, if it is active; otherwise an authentication failure. What it may do is its permissions. */
    public ApiKey authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            throw new AuthenticationFailedException("invalid API key");
        }
        ApiKey key = em.createQuery("select k from ApiKey k where k.secretHash = :hash", ApiKey.class)
                .setParameter("hash", hash(secret))
                .getResultStream().findFirst()
                .filter(ApiKey::isActive)
                .orElseThrow(() -> new AuthenticationFailedException("invalid API key"));
        Instant now = Instant.now();
        if (key.getLastUsedAt().map(last -> last.plus(LAST_USE_RESOLUTION).isBefore(now)).orElse(true)) {
            key.markUsed(now);
        }
        return key;
    }

    public List<ApiKey> keysOf(Account account) {
        return em.createQuery("select k from ApiKey k where k.account.id = :account order by k.createdAt", ApiKey.class)
                .setParameter("account", account.getId())
                .getResultList();
    }

    public ApiKey revoke(Account account, String keyId) {
        ApiKey key = em.find(ApiKey.class, keyId);
        if (key == null || !key.getAccount().getId().equals(account.getId())) {
            throw new UnknownEntityException("API key " + keyId + " does not exist");
        }
        key.revoke();
        return key;
    }

    private static String wireNames() {
        return String.join(", ", EnumSet.allOf(Permission.class).stream().map(Permission::wireName).toList());
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }
}
