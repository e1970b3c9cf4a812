package io.smsgateway.message;

/** The life cycle of a message. DELIVERED and everything after it are final. */
public enum MessageStatus {
    /** Stored, to be released to the dispatcher at its scheduled time. */
    SCHEDULED,
    /** Stored, waiting for the dispatcher. */
    ACCEPTED,
    /** Claimed by a dispatcher, on its way to a provider. */
    QUEUED,
    /** Taken by the provider, waiting for the delivery receipt. */
    SUBMITTED,
    DELIVERED,
    UNDELIVERED,
    FAILED,
    EXPIRED,
    REJECTED,
    /** Withdrawn by the customer before it was sent. */
    CANCELLED;

    public boolean isFinal() {
        return ordinal() >= DELIVERED.ordinal();
    }
}
