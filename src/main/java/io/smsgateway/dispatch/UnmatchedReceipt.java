package io.smsgateway.dispatch;

import io.smsgateway.message.MessageStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/** A receipt that arrived before its part was recorded (it can overtake the submit response). */
@Entity
@Table(name = "unmatched_receipt")
public class UnmatchedReceipt {

    @Id
    @SequenceGenerator(name = "unmatched_receipt_seq", sequenceName = "unmatched_receipt_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "unmatched_receipt_seq")
    private Long id;

    @Column(nullable = false)
    private String provider;

    @Column(name = "provider_message_id", nullable = false)
    private String providerMessageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MessageStatus status;

    @Column(name = "error_code")
    private String errorCode;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected UnmatchedReceipt() {
    }

    UnmatchedReceipt(String provider, String providerMessageId, MessageStatus status, String errorCode) {
        this.provider = provider;
        this.providerMessageId = providerMessageId;
        this.status = status;
        this.errorCode = errorCode;
        this.receivedAt = Instant.now();
    }

    String provider() {
        return provider;
    }

    String providerMessageId() {
        return providerMessageId;
    }

    MessageStatus status() {
        return status;
    }

    String errorCode() {
        return errorCode;
    }

    Instant receivedAt() {
        return receivedAt;
    }
}
