package io.smsgateway.message;

import java.util.UUID;

/** CDI event: a message was stored and waits for dispatch. */
public record MessageAccepted(UUID messageId) {
}
