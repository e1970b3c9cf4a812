package io.smsgateway.provider;

import java.time.Instant;

/**
 * A mobile-originated message the upstream delivered to us (not a receipt). Multi-part messages
 * carry their concatenation reference, part number and total so they can be reassembled.
 */
public record InboundSms(String provider, String source, String destination, String text,
        Integer concatReference, Integer partNumber, Integer totalParts, Instant receivedAt) {
}
