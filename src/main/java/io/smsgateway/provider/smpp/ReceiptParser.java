package io.smsgateway.provider.smpp;

import io.smsgateway.kernel.MessageStatus;
import io.smsgateway.provider.ReceiptStatuses;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads SMPP delivery receipts: the {@code receipted_message_id} and {@code message_state} TLVs
 * when present, else the text form {@code id:... sub:... dlvrd:... submit date:... done date:...
 * stat:DELIVRD err:...}.
 */
final class ReceiptParser {

    private static final Pattern ID = Pattern.compile("(?i)\\bid:\\s*([^\\s]+)");
    private static final Pattern STAT = Pattern.compile("(?i)\\bstat:\\s*([A-Za-z]+)");
    private static final Pattern ERR = Pattern.compile("(?i)\\berr:\\s*([0-9A-Za-z]+)");

    /** What a receipt says: the upstream's id, the final status (empty for intermediate states) and the error code. */
    record Parsed(String messageId, Optional<MessageStatus> status, String errorCode) {
    }

    private ReceiptParser() {
    }

    static Optional<Parsed> parse(String text, String receiptedMessageIdTlv, Integer messageStateTlv) {
        String body = text == null ? "" : text;
        String id = receiptedMessageIdTlv != null && !receiptedMessageIdTlv.isBlank()
                ? receiptedMessageIdTlv.strip() : group(ID, body);
        if (id == null) {
            return Optional.empty();
        }
        Optional<MessageStatus> status = messageStateTlv != null ? fromMessageState(messageStateTlv) : Optional.empty();
        if (messageStateTlv == null) {
            String stat = group(STAT, body);
            if (stat == null) {
                return Optional.empty();
            }
            status = ReceiptStatuses.fromStat(stat);
        }
        String error = group(ERR, body);
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

    private static String group(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? matcher.group(1) : null;
    }
}
