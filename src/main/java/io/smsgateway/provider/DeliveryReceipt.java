package io.smsgateway.provider;

import io.smsgateway.kernel.MessageStatus;

/**
 * A provider's report on one submitted part. {@code providerMessageId} is in the form the provider's
 * submit answer wrote it ({@link ProviderMessageIds}); {@code status} is null for intermediate states
 * (enroute, accepted) that change nothing; {@code recipient} is the handset the report is about, when
 * the provider says (SMPP's source address), which settles a message whose submission was uncertain;
 * {@code text} is the report as it came, for the log when it matches no message.
 */
public record DeliveryReceipt(String provider, String providerMessageId, MessageStatus status, String errorCode, String recipient,
        String text) {

    private static final int MAX_TEXT = 512;

    public DeliveryReceipt {
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT);
        }
    }

    public DeliveryReceipt(String provider, String providerMessageId, MessageStatus status, String errorCode) {
        this(provider, providerMessageId, status, errorCode, null, null);
    }
}
