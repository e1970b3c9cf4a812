package io.smsgateway.inbound;

/** CDI event, fired in the transaction that stores a complete inbound message. */
public record InboundReceived(InboundMessage message) {
}
