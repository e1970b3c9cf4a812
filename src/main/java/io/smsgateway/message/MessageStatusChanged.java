package io.smsgateway.message;

/**
 * CDI event fired inside the transaction that changes a message's status, so that observers (the
 * webhook outbox) commit or roll back together with the change.
 */
public record MessageStatusChanged(Message message, StatusChange change) {
}
