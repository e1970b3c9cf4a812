package io.smsgateway.serviceaccount;

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

/** A key pair identity of an account: the account signs JWTs with the private key, we keep the public key. */
@Entity
@Table(name = "service_account")
public class ServiceAccount {

    @Id
    @Column(name = "key_id")
    private String keyId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false)
    private String roles;

    /** Base64 of the X.509 SubjectPublicKeyInfo. */
    @Column(name = "public_key", nullable = false)
    private String publicKey;

    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    protected ServiceAccount() {
    }

    ServiceAccount(Account account, Set<PlatformRole> roles, String publicKey, String description) {
        this.keyId = UUID.randomUUID().toString();
        this.account = account;
        this.roles = roles.stream().map(PlatformRole::wireName).collect(Collectors.joining(","));
        this.publicKey = publicKey;
        this.description = description;
        this.createdAt = Instant.now();
    }

    public String getKeyId() {
        return keyId;
    }

    public Account getAccount() {
        return account;
    }

    public Set<PlatformRole> getRoles() {
        Set<PlatformRole> set = EnumSet.noneOf(PlatformRole.class);
        Arrays.stream(roles.split(",")).map(PlatformRole::fromWire).flatMap(Optional::stream).forEach(set::add);
        return set;
    }

    public boolean maySendSms() {
        return getRoles().stream().anyMatch(PlatformRole::sendsSms);
    }

    String getPublicKey() {
        return publicKey;
    }

    public Optional<String> getDescription() {
        return Optional.ofNullable(description);
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Instant> getRevokedAt() {
        return Optional.ofNullable(revokedAt);
    }

    public boolean isActive() {
        return revokedAt == null && account.isEnabled();
    }

    void revoke() {
        if (revokedAt == null) {
            revokedAt = Instant.now();
        }
    }
}
