package io.smsgateway.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One notification to a customer's endpoint, with its retry state. Its id is the event id, the same on every attempt. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery {

    public enum State {
        PENDING,
        DELIVERED,
        /** Every attempt failed; kept for inspection. */
        DEAD
    }

    @Id
    private String id;

    @Column(name = "message_id", nullable = false)
    private String messageId;

    @Column(nullable = false)
    private String url;

    @Column(name = "auth_type", nullable = false)
    private String authType;

    @Column(name = "auth_value")
    private String authValue;

    private String secret;

    @Column(nullable = false)
    private String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "lease_until")
    private Instant leaseUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    protected WebhookDelivery() {
    }

    WebhookDelivery(String id, String messageId, String url, String authType, String authValue, String secret, String payload) {
        this.id = id;
        this.messageId = messageId;
        this.url = url;
        this.authType = authType == null ? "NONE" : authType;
        this.authValue = authValue;
        this.secret = secret;
        this.payload = payload;
        this.state = State.PENDING;
        this.createdAt = Instant.now();
        this.nextAttemptAt = createdAt;
    }

    /** An attempted or pending notification as the operator sees it (its secret and credentials left out). */
    public record View(String id, String messageId, String url, State state, int attempts, Integer lastStatus, String lastError,
            Instant createdAt, Instant nextAttemptAt, Instant deliveredAt) {
    }

    View view() {
        return new View(id, messageId, url, state, attempts, lastStatus, lastError, createdAt, nextAttemptAt, deliveredAt);
    }

    /** A dead letter sent again, with the full schedule of retries; false when it is not dead. */
    boolean redeliver(Instant now) {
        if (state != State.DEAD) {
            return false;
        }
        state = State.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        leaseUntil = null;
        return true;
    }

    String id() {
        return id;
    }

    String messageId() {
        return messageId;
    }

    String url() {
        return url;
    }

    String authType() {
        return authType;
    }

    String authValue() {
        return authValue;
    }

    String secret() {
        return secret;
    }

    String payload() {
        return payload;
    }

    State state() {
        return state;
    }

    int attempts() {
        return attempts;
    }

    Integer lastStatus() {
        return lastStatus;
    }

    String lastError() {
        return lastError;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant deliveredAt() {
        return deliveredAt;
    }

    Instant nextAttemptAt() {
        return nextAttemptAt;
    }

    boolean isDue(Instant now) {
        return state == State.PENDING && nextAttemptAt != null && !nextAttemptAt.isAfter(now)
                && (leaseUntil == null || leaseUntil.isBefore(now));
    }

    void lease(Instant until) {
        this.leaseUntil = until;
    }

    /** Not tried now (its receiver is busy with others): due again at {@code when}, no attempt counted. */
    void postpone(Instant when) {
        this.leaseUntil = null;
        this.nextAttemptAt = when;
    }

    void delivered(int status) {
        this.attempts++;
        this.lastStatus = status;
        this.lastError = null;
        this.state = State.DELIVERED;
        this.deliveredAt = Instant.now();
        this.nextAttemptAt = null;
        this.leaseUntil = null;
    }

    void failed(Integer status, String error, Instant retryAt) {
        this.attempts++;
        this.lastStatus = status;
        this.lastError = error;
        this.leaseUntil = null;
        this.nextAttemptAt = retryAt;
        if (retryAt == null) {
            this.state = State.DEAD;
        }
    }
}
