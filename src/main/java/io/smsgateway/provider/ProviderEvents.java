package io.smsgateway.provider;

/**
 * Where providers report what the upstream tells them. Implementations are thread-safe and return
 * quickly: providers call them from their own I/O threads.
 */
public interface ProviderEvents {

    void receipt(DeliveryReceipt receipt);

    void inbound(InboundSms sms);
}
