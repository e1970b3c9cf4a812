package io.smsgateway.provider;

/**
 * What a provider calls once per submission, right before the first byte of the message goes out
 * (after waiting for its throughput and window): the gateway records that the message is being
 * handed over, so that after a crash it knows which messages may be at the carrier, and only those.
 */
@FunctionalInterface
public interface SubmissionIntent {

    /** Records the hand-over; false when the dispatcher lost its claim meanwhile, and nothing may be sent. */
    boolean record();
}
