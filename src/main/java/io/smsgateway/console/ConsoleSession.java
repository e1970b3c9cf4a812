package io.smsgateway.console;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * An operator logged in to the console. Only a hash of the cookie's token is stored, so that a copy of
 * the table opens no session; the CSRF token is not a credential by itself (it only works beside the
 * cookie). Kept in the database so that every instance of a cluster knows it and a logout ends it
 * everywhere.
 */
@Entity
@Table(name = "console_session")
public class ConsoleSession {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(nullable = false)
    private String username;

    @Column(name = "csrf_token", nullable = false)
    private String csrfToken;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    protected ConsoleSession() {
    }

    ConsoleSession(String tokenHash, String username, String csrfToken, Instant now, Duration idle) {
        this.tokenHash = tokenHash;
        this.username = username;
        this.csrfToken = csrfToken;
        this.createdAt = now;
        this.expiresAt = now.plus(idle);
    }

    public String username() {
        return username;
    }

    public String csrfToken() {
        return csrfToken;
    }

    boolean isLive(Instant now, Duration maxAge) {
        return now.isBefore(expiresAt) && now.isBefore(createdAt.plus(maxAge));
    }

    /** Extends the idle deadline; true when it moved far enough to be worth a write. */
    boolean touch(Instant now, Duration idle) {
        Instant extended = now.plus(idle);
        if (Duration.between(expiresAt, extended).compareTo(Duration.ofMinutes(1)) < 0) {
            return false;
        }
        expiresAt = extended;
        return true;
    }
}
