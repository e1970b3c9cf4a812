package io.smsgateway.account;

import io.smsgateway.shared.StateConflictException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** A tenant of the gateway: it authenticates, sends and owns messages. */
@Entity
@Table(name = "account")
@NamedQuery(name = "Account.byUsername", query = "select a from Account a where a.username = :username")
@NamedQuery(name = "Account.all", query = "select a from Account a order by a.username")
public class Account {

    @Id
    @SequenceGenerator(name = "account_seq", sequenceName = "account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_seq")
    private Long id;

    /** Optimistic lock: a change made on a stale copy fails with 409 instead of silently undoing another. */
    @Version
    private long version;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    /** Role names, comma separated. */
    @Column(nullable = false)
    private String roles;

    @ManyToOne
    @JoinColumn(name = "lra_id")
    private Lra lra;

    @Column(name = "allow_urls", nullable = false)
    private boolean allowUrls;

    /** Comma separated reference services this account may use; null means the gateway's defaults. */
    @Column(name = "allowed_reference_services")
    private String allowedReferenceServices;

    @Column(nullable = false)
    private boolean enabled = true;

    /** Sender id of this account's messages (alphanumeric up to 11, or a number); null for the provider's default. */
    private String originator;

    /** Comma-separated sender ids the account may use; null allows any well-formed one. */
    @Column(name = "allowed_originators")
    private String allowedOriginators;

    /** Where status notifications go when a message names no webhook of its own. */
    @Column(name = "webhook_url")
    private String webhookUrl;

    /** Key of the HMAC-SHA256 signature on this account's notifications. */
    @Column(name = "webhook_secret")
    private String webhookSecret;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Account() {
    }

    public Account(String username, String passwordHash, Set<Role> roles, Lra lra) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.lra = lra;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
        assignRoles(roles);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Set<Role> getRoles() {
        Set<Role> parsed = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).map(Role::valueOf).forEach(parsed::add);
        return parsed;
    }

    public boolean hasRole(Role role) {
        return getRoles().contains(role);
    }

    public Optional<Lra> getLra() {
        return Optional.ofNullable(lra);
    }

    public boolean belongsTo(int lraId) {
        return lra != null && lra.getId() == lraId;
    }

    public boolean isAllowUrls() {
        return allowUrls;
    }

    public Optional<Set<String>> getAllowedReferenceServices() {
        if (allowedReferenceServices == null) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(allowedReferenceServices.split(","))
                .filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(LinkedHashSet::new)));
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Optional<String> getOriginator() {
        return Optional.ofNullable(originator);
    }

    /** Empty when any well-formed sender id is allowed. */
    public Optional<Set<String>> getAllowedOriginators() {
        return allowedOriginators == null ? Optional.empty()
                : Optional.of(new LinkedHashSet<>(Arrays.asList(allowedOriginators.split(","))));
    }

    public boolean mayUseOriginator(String candidate) {
        return getAllowedOriginators().map(allowed -> allowed.stream().anyMatch(candidate::equalsIgnoreCase)).orElse(true);
    }

    void restrictOriginators(Set<String> allowed) {
        this.allowedOriginators = allowed == null || allowed.isEmpty() ? null : String.join(",", allowed);
        touch();
    }

    void useOriginator(String newOriginator) {
        this.originator = newOriginator;
        touch();
    }

    public Optional<String> getWebhookUrl() {
        return Optional.ofNullable(webhookUrl);
    }

    public Optional<String> getWebhookSecret() {
        return Optional.ofNullable(webhookSecret);
    }

    void useWebhook(String url) {
        this.webhookUrl = url;
        touch();
    }

    void useWebhookSecret(String secret) {
        this.webhookSecret = secret;
        touch();
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }

    /** Refuses a change made on a copy read before the account's last change. */
    void requireVersion(long expected) {
        if (expected != version) {
            throw new StateConflictException("account " + username + " was changed meanwhile (version " + version + ", not " + expected
                    + "); read it again and repeat the change");
        }
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    void assignRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw new IllegalArgumentException("an account needs at least one role");
        }
        this.roles = newRoles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
        touch();
    }

    void changePasswordHash(String newHash) {
        this.passwordHash = newHash;
        touch();
    }

    void moveTo(Lra newLra) {
        this.lra = newLra;
        touch();
    }

    void allowUrls(boolean allowed) {
        this.allowUrls = allowed;
        touch();
    }

    void restrictReferenceServices(Set<String> services) {
        this.allowedReferenceServices = services == null ? null : String.join(",", services);
        touch();
    }

    void enable(boolean enable) {
        this.enabled = enable;
        touch();
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }
}
