package io.smsgateway.inbound;

import io.smsgateway.account.Account;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** A mobile-originated SMS, reassembled when it came in parts, and the account whose number received it. */
@Entity
@Table(name = "inbound_message")
public class InboundMessage {

    @Id
    private String id;

    /** Null when no account owns the destination number. */
    @ManyToOne
    @JoinColumn(name = "account_id")
    private Account account;

    @Column(nullable = false)
    private String provider;

    @Column(nullable = false)
    private String source;

    @Column(nullable = false)
    private String destination;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private int parts;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected InboundMessage() {
    }

    InboundMessage(Account account, String provider, String source, String destination, String body, int parts, Instant receivedAt) {
        this.id = UUID.randomUUID().toString();
        this.account = account;
        this.provider = provider;
        this.source = source;
        this.destination = destination;
        this.body = body;
        this.parts = parts;
        this.receivedAt = receivedAt;
    }

    public UUID getId() {
        return UUID.fromString(id);
    }

    public Optional<Account> getAccount() {
        return Optional.ofNullable(account);
    }

    public String getProvider() {
        return provider;
    }

    public String getSource() {
        return source;
    }

    public String getDestination() {
        return destination;
    }

    public String getBody() {
        return body;
    }

    public int getParts() {
        return parts;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
