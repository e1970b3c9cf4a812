package io.smsgateway.provider;

/**
 * A live connection to an upstream that carries SMS to the network. Instances are built by
 * {@link ProviderRegistry} from the operator's configuration; the dispatcher calls {@link #submit}
 * outside any transaction, from several threads at once.
 */
public interface SmsProvider extends AutoCloseable {

    /** Whether the provider can take a message right now (bound, connected). */
    boolean isAvailable();

    /** Sends every part of the message; blocks until the upstream answered for each. */
    SubmitOutcome submit(OutboundSms sms);

    /** Releases connections and threads; the instance is not used afterwards. */
    @Override
    default void close() {
    }
}
