package io.smsgateway.message;

import io.smsgateway.message.text.Encoding;
import java.util.UUID;

/** What the core answers once a message is durably stored. */
public record AcceptedMessage(UUID id, String provider, Encoding encoding, int segments) {
}
