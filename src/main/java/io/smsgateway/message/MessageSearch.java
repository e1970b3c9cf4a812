package io.smsgateway.message;

import io.smsgateway.kernel.MessageStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * What an operator looks messages up by; an empty criterion matches every message. Results come
 * newest first, a page at a time: {@code after} is the last message of the previous page. Every
 * criterion has an index that also gives that order, so a page costs the same with millions of rows.
 */
public record MessageSearch(
        Optional<String> destination,
        Optional<Long> ownerId,
        Optional<MessageStatus> status,
        Optional<Instant> from,
        Optional<Instant> until,
        Optional<PageMark> after,
        int limit) {

    /** Where a page ended: the creation time and id of its last message. */
    public record PageMark(Instant createdAt, String id) {
    }
}
