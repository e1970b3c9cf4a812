package io.smsgateway.campaign;

/** Where one recipient of a campaign stands. */
public enum RecipientStatus {
    /** Valid, waiting to be released. */
    PENDING,
    /** Became a message (see the message's own status). */
    RELEASED,
    /** On the account's opt-out list and the campaign excludes opt-outs. */
    OPTED_OUT,
    /** Not a usable recipient (malformed or invalid number, duplicate, missing field, refused by a policy). */
    INVALID,
    /** The campaign was cancelled before this recipient was released. */
    CANCELLED
}
