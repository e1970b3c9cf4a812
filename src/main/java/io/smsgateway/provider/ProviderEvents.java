package io.smsgateway.provider;

/**
 * Where providers report what the upstream tells them. Implementations are thread-safe. Each call
 * returns once what it reports is stored, and throws when it could not be: the provider must then
 * refuse it to the upstream (SMPP error status, HTTP 5xx) so that the upstream delivers it again.
 */
public interface ProviderEvents {

    void receipt(DeliveryReceipt receipt);

    void inbound(InboundSms sms);
}
