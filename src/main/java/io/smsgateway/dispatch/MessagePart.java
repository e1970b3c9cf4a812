package io.smsgateway.dispatch;

import io.smsgateway.kernel.MessageStatus;
import io.smsgateway.provider.ProviderMessageIds;
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

    /** The id as the provider wrote it (query_sm must name it so); {@code providerMessageId} is its canonical form. */
    @Column(name = "submitted_id")
    private String submittedId;

    @Column(name = "queried_at")
    private Instant queriedAt;

    protected MessagePart() {
    }

    /** A part the provider took, under the id it gave. */
    static MessagePart taken(String messageId, int partNumber, String provider, String submittedId) {
        MessagePart part = new MessagePart(messageId, partNumber, provider, ProviderMessageIds.canonical(submittedId),
                MessageStatus.SUBMITTED, null);
        part.submittedId = submittedId;
        return part;
    }

    /** A part the provider did not take (refused, not sent) or whose answer never came: it has no id. */
    static MessagePart untaken(String messageId, int partNumber, String provider, MessageStatus status, String errorCode) {
        return new MessagePart(messageId, partNumber, provider, null, status, errorCode);
    }

    private MessagePart(String messageId, int partNumber, String provider, String providerMessageId, MessageStatus status, String errorCode) {
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

    /** A part as the operator sees it. */
    public record View(int number, String provider, String providerMessageId, MessageStatus status, String errorCode, Instant submittedAt,
            Instant doneAt) {
    }

    View view() {
        return new View(key.partNumber, provider, providerMessageId, status, errorCode, submittedAt, doneAt);
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

    int partNumber() {
        return key.partNumber;
    }

    String provider() {
        return provider;
    }

    /** The id as the provider wrote it; parts stored before it was kept fall back to the canonical form. */
    String submittedId() {
        return submittedId != null ? submittedId : providerMessageId;
    }

    /** Notes that the provider is being asked for this part's state now. */
    void queried() {
        this.queriedAt = Instant.now();
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
