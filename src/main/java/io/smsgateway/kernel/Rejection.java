package io.smsgateway.kernel;

/** Why the gateway refused to accept a message, in the order the checks run. */
public enum Rejection {
    MALFORMED_DESTINATION,
    INVALID_NUMBER,
    EMPTY_TEXT,
    TEXT_TOO_LONG,
    INVALID_REFERENCE_SERVICE,
    INVALID_WEBHOOK,
    INVALID_SCHEDULE,
    INVALID_ORIGINATOR,
    INVALID_SOURCE,
    URL_NOT_ALLOWED,
    WATCHLISTED,
    OPTED_OUT,
    FLOODING,
    NO_PROVIDER
}
