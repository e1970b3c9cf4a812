package io.smsgateway.provider.smpp;

import io.smsgateway.kernel.MessageStatus;
import io.smsgateway.provider.ReceiptStatuses;
import java.util.Optional;
import java.util.function.IntPredicate;

/**
 * Reads SMPP delivery receipts: the {@code receipted_message_id} and {@code message_state} TLVs
 * when present, else the text form {@code id:... sub:... dlvrd:... submit date:... done date:...
 * stat:DELIVRD err:...}.
 */
final class ReceiptParser {

    private static final IntPredicate NOT_SPACE = c -> !Character.isWhitespace(c);
    private static final IntPredicate LETTER = c -> c < 128 && Character.isLetter(c);
    private static final IntPredicate LETTER_OR_DIGIT = c -> c < 128 && Character.isLetterOrDigit(c);

    /** What a receipt says: the upstream's id, the final status (empty for intermediate states) and the error code. */
    record Parsed(String messageId, Optional<MessageStatus> status, String errorCode) {
    }

    private ReceiptParser() {
    }

    static Optional<Parsed> parse(String text, String receiptedMessageIdTlv, Integer messageStateTlv) {
        String body = text == null ? "" : text;
        String id = receiptedMessageIdTlv != null && !receiptedMessageIdTlv.isBlank()
                ? receiptedMessageIdTlv.strip() : field(body, "id:", NOT_SPACE);
        if (id == null) {
            return Optional.empty();
        }
        Optional<MessageStatus> status = messageStateTlv != null ? fromMessageState(messageStateTlv) : Optional.empty();
        if (messageStateTlv == null) {
            String stat = field(body, "stat:", LETTER);
            if (stat == null) {
                return Optional.empty();
            }
            status = ReceiptStatuses.fromStat(stat);
        }
        String error = field(body, "err:", LETTER_OR_DIGIT);
        if (error != null && error.chars().allMatch(c -> c == '0')) {
            error = null;
        }
        return Optional.of(new Parsed(id, status, error));
    }

    /** The message_state TLV values of SMPP 3.4 section 5.2.28. */
    static Optional<MessageStatus> fromMessageState(int state) {
        return switch (state) {
            case 2 -> Optional.of(MessageStatus.DELIVERED);
            case 3 -> Optional.of(MessageStatus.EXPIRED);
            case 4 -> Optional.of(MessageStatus.FAILED);
            case 5 -> Optional.of(MessageStatus.UNDELIVERED);
            case 8 -> Optional.of(MessageStatus.REJECTED);
            default -> Optional.empty();
        };
    }

    /**
     * The value after the first {@code key} (in any case) that begins a word, spaces after it skipped,
     * made of {@code valueChars}; null when no such key has a value. Read by hand rather than by a
     * regular expression: every receipt of every message passes here.
     */
    private static String field(String text, String key, IntPredicate valueChars) {
        for (int at = 0; at <= text.length() - key.length(); at++) {
            if (!text.regionMatches(true, at, key, 0, key.length()) || at > 0 && isWordChar(text.charAt(at - 1))) {
                continue;
            }
            int start = at + key.length();
            while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            int end = start;
            while (end < text.length() && valueChars.test(text.charAt(end))) {
                end++;
            }
            if (end > start) {
                return text.substring(start, end);
            }
        }
        return null;
    }

    private static boolean isWordChar(char c) {
        return c == '_' || Character.isLetterOrDigit(c);
    }
}
