package io.smsgateway.provider;

import io.smsgateway.message.MessageStatus;

/**
 * A provider's report on one submitted part. {@code status} is null for intermediate states
 * (enroute, accepted) that change nothing.
 */
public record DeliveryReceipt(String provider, String providerMessageId, MessageStatus status, String errorCode) {
}
