package io.smsgateway.provider;

/** How a provider answered a submission. */
public sealed interface SubmitOutcome {

    /** The provider took the message; a delivery receipt will follow under this id. */
    record Accepted(String providerMessageId) implements SubmitOutcome {
    }

    /** The provider refused this message for good; another try would fail the same way. */
    record Rejected(String errorCode, String reason) implements SubmitOutcome {
    }

    /** The provider could not take the message now; it may be tried again later or elsewhere. */
    record Unavailable(String reason) implements SubmitOutcome {
    }
}
