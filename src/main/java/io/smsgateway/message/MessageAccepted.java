package io.smsgateway.message;

/**
 * CDI event, fired in the transaction that stores (or releases) a message due for dispatch now. An
 * observer in that transaction may lease it at once ({@link Message#claim}); transactional observers
 * learn whether it was committed.
 */
public record MessageAccepted(Message message) {
}
