package io.smsgateway.provider;

import java.util.List;

/** How a provider answered a submission. */
public sealed interface SubmitOutcome {

    /**
     * The provider took the message: one id per part, in part order, under which its delivery
     * receipts will come. A null id marks a part the provider refused after earlier parts were
     * taken; such a message is not sent again (the recipient already has part of it).
     */
    record Accepted(List<String> partMessageIds, String failedPartError) implements SubmitOutcome {

        public Accepted {
            partMessageIds = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(partMessageIds));
        }

        public static Accepted all(List<String> partMessageIds) {
            return new Accepted(partMessageIds, null);
        }
    }

    /** The provider refused this message for good; another try would fail the same way. */
    record Rejected(String errorCode, String reason) implements SubmitOutcome {
    }

    /** The provider could not take the message now (nothing reached it); it may be tried again later or elsewhere. */
    record Unavailable(String reason) implements SubmitOutcome {
    }

    /**
     * The request went out but its answer never came (no {@code submit_sm_resp}, an HTTP timeout after
     * sending, the link dropped): the provider may have the message. It must not be sent elsewhere.
     */
    record Uncertain(String reason) implements SubmitOutcome {
    }
}
