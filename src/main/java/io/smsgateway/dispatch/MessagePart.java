package io.smsgateway.dispatch;

import io.smsgateway.message.MessageStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** One unit handed to a provider (a segment over SMPP, the whole message over HTTP) and its receipt. */
@Entity
@Table(name = "message_part")
public class MessagePart {

    @Embeddable
    public static class Key implements Serializable {

        @Column(name = "message_id")
        private String messageId;

        @Column(name = "part_number")
        private int partNumber;

        protected Key() {
        }

        Key(String messageId, int partNumber) {
            this.messageId = messageId;
            this.partNumber = partNumber;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.messageId.equals(messageId) && key.partNumber == partNumber;
        }

        @Override
        public int hashCode() {
            return Objects.hash(messageId, partNumber);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(nullable = false)
    private String provider;

    @Column(name = "provider_message_id")
    private String providerMessageId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MessageStatus status;

    @Column(name = "error_code")
    private String errorCode;

    @Column(name = "submitted_at", nullable = false)
    private Instant submittedAt;

    @Column(name = "done_at")
    private Instant doneAt;

    protected MessagePart() {
    }

    MessagePart(String messageId, int partNumber, String provider, String providerMessageId, MessageStatus status, String errorCode) {
        this.key = new Key(messageId, partNumber);
        this.provider = provider;
        this.providerMessageId = providerMessageId;
        this.status = status;
        this.errorCode = errorCode;
        this.submittedAt = Instant.now();
        if (status.isFinal()) {
            this.doneAt = submittedAt;
        }
    }

    String messageId() {
        return key.messageId;
    }

    MessageStatus status() {
        return status;
    }

    String providerMessageId() {
        return providerMessageId;
    }

    /** Records the receipt unless the part already has its final status (receipts can repeat). */
    boolean settle(MessageStatus finalStatus, String error) {
        if (status.isFinal()) {
            return false;
        }
        this.status = finalStatus;
        this.errorCode = error;
        this.doneAt = Instant.now();
        return true;
    }
}
