package io.smsgateway.message;

import java.time.Instant;
import java.util.UUID;

/** CDI event: a message was stored to be sent at a later time. */
public record MessageScheduled(UUID messageId, Instant sendAt) {
}
