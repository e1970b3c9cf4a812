package io.smsgateway.provider;

import io.smsgateway.message.MessageStatus;

/**
 * A provider's report on one submitted part. {@code providerMessageId} is in the form the provider's
 * submit answer wrote it ({@link ProviderMessageIds}); {@code status} is null for intermediate states
 * (enroute, accepted) that change nothing; {@code recipient} is the handset the report is about, when
 * the provider says (SMPP's source address), which settles a message whose submission was uncertain.
 */
public record DeliveryReceipt(String provider, String providerMessageId, MessageStatus status, String errorCode, String recipient) {

    public DeliveryReceipt(String provider, String providerMessageId, MessageStatus status, String errorCode) {
        this(provider, providerMessageId, status, errorCode, null);
    }
}
