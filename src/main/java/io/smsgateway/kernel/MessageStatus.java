package io.smsgateway.kernel;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The life cycle of a message, with the transitions it allows ({@link #canMoveTo}). Final statuses
 * never change again; every other change not in the table is a programming error.
 *
 * <pre>
 * SCHEDULED -> ACCEPTED -> QUEUED -> SUBMITTED -> DELIVERED | UNDELIVERED | FAILED | REJECTED | EXPIRED
 *                                 -> UNCERTAIN -> (a receipt) | SUBMITTED (a late answer) | QUEUED (resend once) | UNKNOWN
 * (SCHEDULED -> CANCELLED, and REJECTED or EXPIRED before a provider took it)
 * </pre>
 */
public enum MessageStatus {
    /** Stored, to be released to the dispatcher at its scheduled time. */
    SCHEDULED,
    /** Stored, waiting for the dispatcher. */
    ACCEPTED,
    /** Claimed by a dispatcher, on its way to a provider (or back in the queue for another try). */
    QUEUED,
    /**
     * Handed to a provider whose answer never came (no {@code submit_sm_resp}, a link dropped with the
     * request written, an HTTP timeout after sending, a crash between sending and recording): the
     * carrier may have it. Never sent elsewhere blindly; settled by a receipt, or by the provider's
     * uncertain-outcome policy.
     */
    UNCERTAIN,
    /** Taken by the provider, waiting for the delivery receipt. */
    SUBMITTED,
    DELIVERED,
    UNDELIVERED,
    FAILED,
    EXPIRED,
    REJECTED,
    /** Withdrawn before it was sent: by the customer, or because the account was disabled. */
    CANCELLED,
    /** An uncertain submission whose outcome never became known; the provider's policy was to give up. */
    UNKNOWN;

    /** Waiting for a provider: accepted, or queued for another try. */
    public static final List<MessageStatus> WAITING = List.of(ACCEPTED, QUEUED);

    private static final Set<MessageStatus> FINAL = EnumSet.of(DELIVERED, UNDELIVERED, FAILED, EXPIRED, REJECTED, CANCELLED, UNKNOWN);
    /** What a delivery receipt may report. */
    private static final Set<MessageStatus> RECEIPTS = EnumSet.of(DELIVERED, UNDELIVERED, FAILED, EXPIRED, REJECTED);

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    public boolean canMoveTo(MessageStatus next) {
        return switch (this) {
            case SCHEDULED -> next == ACCEPTED || next == CANCELLED || next == REJECTED;
            case ACCEPTED -> next == QUEUED || next == REJECTED || next == EXPIRED;
            case QUEUED -> next == SUBMITTED || next == UNCERTAIN || next == REJECTED || next == EXPIRED || next == FAILED;
            // SUBMITTED: the provider's answer came after all, late
            case UNCERTAIN -> RECEIPTS.contains(next) || next == SUBMITTED || next == QUEUED || next == UNKNOWN;
            case SUBMITTED -> RECEIPTS.contains(next);
            case DELIVERED, UNDELIVERED, FAILED, EXPIRED, REJECTED, CANCELLED, UNKNOWN -> false;
        };
    }
}
