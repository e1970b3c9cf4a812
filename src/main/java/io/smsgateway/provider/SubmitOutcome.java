package io.smsgateway.provider;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** How a provider answered a submission. */
public sealed interface SubmitOutcome {

    /**
     * The provider took the message, or its first parts: one id per part taken, in part order, under
     * which its delivery receipts will come. When a later part was not taken, {@code untakenPart} says
     * how that part was answered (refused, not sent, or sent without an answer) and the parts after it
     * were not sent; such a message is never sent again, since the recipient may already have part of it.
     */
    record Accepted(List<String> partMessageIds, SubmitOutcome untakenPart) implements SubmitOutcome {

        public Accepted {
            partMessageIds = Collections.unmodifiableList(new ArrayList<>(partMessageIds));
        }

        public static Accepted all(List<String> partMessageIds) {
            return new Accepted(partMessageIds, null);
        }

        public boolean isPartial() {
            return untakenPart != null;
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

    /** The dispatcher lost its claim on the message before anything was sent; it goes nowhere from here. */
    record ClaimLost() implements SubmitOutcome {
    }
}
