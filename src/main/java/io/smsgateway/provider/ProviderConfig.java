package io.smsgateway.provider;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The operator's configuration of one upstream provider. */
@Entity
@Table(name = "provider")
public class ProviderConfig {

    @Id
    private String name;

    /** Optimistic lock: a change made on a stale copy fails with 409 instead of silently undoing another. */
    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "provider_type", nullable = false)
    private ProviderType type;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false)
    private int priority = 100;

    /** Comma-separated E.164 prefixes; "+" serves every destination. */
    @Column(nullable = false)
    private String prefixes = "+";

    /** Messages (parts) per second this provider may be sent. */
    @Column(nullable = false)
    private int throughput = 50;

    /** Type-specific connection settings as a JSON object of strings. */
    @Column(nullable = false)
    private String settings = "{}";

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ProviderConfig() {
    }

    public ProviderConfig(String name, ProviderType type) {
        this.name = name;
        this.type = type;
        this.createdAt = now();
        this.updatedAt = createdAt;
    }

    /** Microsecond precision, as stored: the registry compares versions read back from the database with it. */
    private static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public String getName() {
        return name;
    }

    public ProviderType getType() {
        return type;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getPriority() {
        return priority;
    }

    public List<String> getPrefixes() {
        return Arrays.stream(prefixes.split(",")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    public int getThroughput() {
        return throughput;
    }

    public Map<String, String> getSettings() {
        return ProviderSettings.parse(settings);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    void update(ProviderDefinition definition) {
        this.type = definition.type();
        this.enabled = definition.enabled();
        this.priority = definition.priority();
        this.prefixes = String.join(",", definition.prefixes());
        this.throughput = definition.throughput();
        this.settings = ProviderSettings.format(definition.settings());
        this.updatedAt = now();
    }

    void enable(boolean enable) {
        this.enabled = enable;
        this.updatedAt = now();
    }

    public ProviderDefinition definition() {
        return new ProviderDefinition(name, type, enabled, priority, getPrefixes(), throughput, getSettings());
    }
}
