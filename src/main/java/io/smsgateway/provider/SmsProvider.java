package io.smsgateway.provider;

/**
 * An upstream that can carry SMS to the network. Implementations are CDI beans; the dispatcher
 * calls {@link #submit} outside any transaction, possibly from several threads at once.
 */
public interface SmsProvider {

    /** The operator's name for this provider, as shown to customers with {@code detailed: true}. */
    String name();

    /** Whether the provider can take a message right now (connected, not throttled out). */
    boolean isAvailable();

    SubmitOutcome submit(OutboundSms sms);
}
