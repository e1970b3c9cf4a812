package io.smsgateway.apikey;

import io.smsgateway.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** An API key of an account. Only the SHA-256 of the secret is stored; the secret is shown once. */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    private String id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false)
    private String name;

    /** The first characters of the secret, to recognise a key in lists. */
    @Column(name = "key_prefix", nullable = false)
    private String keyPrefix;

    @Column(name = "secret_hash", nullable = false)
    private String secretHash;

    @Column(nullable = false)
    private String permissions;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "last_used_at")
    private Instant lastUsedAt;

    protected ApiKey() {
    }

    ApiKey(Account account, String name, String keyPrefix, String secretHash, Set<Permission> permissions) {
        this.id = UUID.randomUUID().toString();
        this.account = account;
        this.name = name;
        this.keyPrefix = keyPrefix;
        this.secretHash = secretHash;
        this.permissions = permissions.stream().map(Permission::wireName).sorted().collect(Collectors.joining(","));
        this.createdAt = Instant.now();
    }

    public String getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public String getKeyPrefix() {
        return keyPrefix;
    }

    public Set<Permission> getPermissions() {
        Set<Permission> set = EnumSet.noneOf(Permission.class);
        Arrays.stream(permissions.split(",")).map(Permission::fromWire).flatMap(Optional::stream).forEach(set::add);
        return set;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> getRevokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public Optional<Instant> getLastUsedAt() {
        return Optional.ofNullable(lastUsedAt);
    }

    public boolean isActive() {
        return revokedAt == null && account.isEnabled();
    }

    void revoke() {
        if (revokedAt == null) {
            revokedAt = Instant.now();
        }
    }

    void markUsed(Instant when) {
        this.lastUsedAt = when;
    }
}
