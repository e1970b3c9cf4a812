package io.smsgateway.message;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Message ids: UUIDs of version 7 (RFC 9562), the creation time in milliseconds followed by 74 random
 * bits. Ids made close in time sort close together, so the messages stored by one commit land on a
 * few pages of each index keyed by id (the message table's, its parts', its status changes') instead
 * of one page each at random; an id is still no more guessable than a random UUID's 122 bits need be,
 * since every read of a message checks its owner.
 */
public final class MessageIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private MessageIds() {
    }

    public static UUID next() {
        return at(System.currentTimeMillis());
    }

    static UUID at(long epochMillis) {
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long high = (epochMillis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | (random[0] & 0x0FL) << 8 | random[1] & 0xFFL;
        long low = 0x8000_0000_0000_0000L | (random[2] & 0x3FL) << 56;
        for (int i = 3; i < 10; i++) {
            low |= (random[i] & 0xFFL) << (8 * (9 - i));
        }
        return new UUID(high, low);
    }
}
