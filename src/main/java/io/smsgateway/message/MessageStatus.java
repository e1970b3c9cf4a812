package io.smsgateway.message;

/** The life cycle of a message. The last five are final. */
public enum MessageStatus {
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
    REJECTED;

    public boolean isFinal() {
        return ordinal() >= DELIVERED.ordinal();
    }
}
