package io.smsgateway.provider;

import io.smsgateway.message.MessageStatus;

/** A provider's report of what finally happened to a message it accepted. Fired as a CDI event. */
public record DeliveryReceipt(String provider, String providerMessageId, MessageStatus status, String errorCode) {
}
