package io.smsgateway.provider;

import io.smsgateway.kernel.MessageStatus;
import java.util.Optional;

/**
 * The upstream's answer when asked for the state of a part it took (SMPP {@code query_sm}): a final
 * status, still on its way, or no answer at all (not supported, refused, timed out).
 */
public record PartState(boolean answered, MessageStatus finalStatus) {

    public static PartState unanswered() {
        return new PartState(false, null);
    }

    public static PartState pending() {
        return new PartState(true, null);
    }

    public static PartState settled(MessageStatus status) {
        return new PartState(true, status);
    }

    public Optional<MessageStatus> settledStatus() {
        return Optional.ofNullable(finalStatus);
    }
}
