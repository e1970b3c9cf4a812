package io.smsgateway.dispatch;

import io.smsgateway.kernel.MessageStatus;
import io.smsgateway.provider.DeliveryReceipt;
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

    /** The handset the receipt is about, when the provider said. */
    private String recipient;

    /** The receipt as it came, for the log line written if it never matches. */
    private String text;

    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;

    protected UnmatchedReceipt() {
    }

    /** Kept with its id in canonical form. */
    UnmatchedReceipt(DeliveryReceipt receipt, String canonicalId) {
        this.provider = receipt.provider();
        this.providerMessageId = canonicalId;
        this.status = receipt.status();
        this.errorCode = receipt.errorCode();
        this.recipient = receipt.recipient();
        this.text = receipt.text();
        this.receivedAt = Instant.now();
    }

    /** What an operator sees of a kept receipt. */
    public record View(String provider, String providerMessageId, MessageStatus status, String errorCode, String recipient,
            String text, Instant receivedAt) {
    }

    View view() {
        return new View(provider, providerMessageId, status, errorCode, recipient, text, receivedAt);
    }

    DeliveryReceipt receipt() {
        return new DeliveryReceipt(provider, providerMessageId, status, errorCode, recipient, text);
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

    String text() {
        return text;
    }

    Instant receivedAt() {
        return receivedAt;
    }
}
