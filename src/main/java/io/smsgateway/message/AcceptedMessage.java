package io.smsgateway.message;

import io.smsgateway.kernel.Encoding;
import io.smsgateway.kernel.MessageStatus;
import java.time.Instant;
import java.util.UUID;

/**
 * What the core answers once a message is durably stored: its id, the provider it was routed to,
 * its status (ACCEPTED, SCHEDULED, or REJECTED when the recipient opted out) and when it goes out.
 */
public record AcceptedMessage(UUID id, String provider, Encoding encoding, int segments, MessageStatus status, Instant sendAt) {

    public boolean willBeSent() {
        return status == MessageStatus.ACCEPTED || status == MessageStatus.SCHEDULED;
    }
}
