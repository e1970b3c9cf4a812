package io.smsgateway.policy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A blocked destination: one exact number, or every number starting with a prefix. */
@Entity
@Table(name = "watchlist_entry")
public class WatchlistEntry {

    public enum MatchType {
        EXACT,
        PREFIX
    }

    @Id
    @SequenceGenerator(name = "watchlist_entry_seq", sequenceName = "watchlist_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "watchlist_entry_seq")
    private Long id;

    /** Optimistic lock: a change made on a stale copy fails with 409 instead of silently undoing another. */
    @Version
    private long version;

    @Column(nullable = false)
    private String pattern;

    @Enumerated(EnumType.STRING)
    @Column(name = "match_type", nullable = false)
    private MatchType matchType;

    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WatchlistEntry() {
    }

    public WatchlistEntry(String pattern, MatchType matchType, String reason) {
        this.pattern = pattern;
        this.matchType = matchType;
        this.reason = reason;
        this.createdAt = Instant.now();
    }

    public Long getId() {
        return id;
    }

    public String getPattern() {
        return pattern;
    }

    public MatchType getMatchType() {
        return matchType;
    }

    public String getReason() {
        return reason;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
