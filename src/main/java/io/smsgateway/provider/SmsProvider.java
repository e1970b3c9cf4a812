package io.smsgateway.provider;

import java.time.Duration;
import java.util.Optional;

/**
 * A live connection to an upstream that carries SMS to the network. Instances are built by
 * {@link ProviderRegistry} from the operator's configuration; the dispatcher calls {@link #submit}
 * outside any transaction, from several threads at once.
 */
public interface SmsProvider extends AutoCloseable {

    /** Whether the provider can take a message right now (bound, connected). */
    boolean isAvailable();

    /**
     * Sends every part of the message; blocks until the upstream answered for each. Calls
     * {@code intent} once, right before anything is written to the upstream, and sends nothing
     * (answering {@link SubmitOutcome.ClaimLost}) when it returns false.
     */
    SubmitOutcome submit(OutboundSms sms, SubmissionIntent intent);

    /** How long after taking a part without a receipt this upstream may be asked for its state; empty: never. */
    default Optional<Duration> queryStateAfter() {
        return Optional.empty();
    }

    /**
     * Asks the upstream for the state of a part it took under {@code submittedId} (as its answer wrote
     * it) whose receipt is overdue. Upstreams that cannot be asked answer {@link PartState#unanswered()}.
     */
    default PartState queryState(String submittedId, String originator) {
        return PartState.unanswered();
    }

    /** Submissions sent and not answered yet, and how many may be (the window); 0 of 0 for upstreams without one. */
    default WindowUse windowUse() {
        return new WindowUse(0, 0);
    }

    record WindowUse(int inUse, int size) {
    }

    /** Releases connections and threads; the instance is not used afterwards. */
    @Override
    default void close() {
    }
}
