package io.smsgateway.provider;

import io.smsgateway.kernel.MessageStatus;
import java.util.Locale;
import java.util.Optional;

/** Status words and codes upstreams use in their delivery reports. Empty means "intermediate, nothing changes". */
public final class ReceiptStatuses {

    private ReceiptStatuses() {
    }

    /** The SMPP 3.4 receipt {@code stat:} words, which many HTTP upstreams reuse. */
    public static Optional<MessageStatus> fromStat(String stat) {
        return switch (stat.strip().toUpperCase(Locale.ROOT)) {
            case "DELIVRD", "DELIVERED" -> Optional.of(MessageStatus.DELIVERED);
            case "UNDELIV", "UNDELIVERABLE", "UNDELIVERED" -> Optional.of(MessageStatus.UNDELIVERED);
            case "REJECTD", "REJECTED" -> Optional.of(MessageStatus.REJECTED);
            case "EXPIRED" -> Optional.of(MessageStatus.EXPIRED);
            case "DELETED", "FAILED" -> Optional.of(MessageStatus.FAILED);
            default -> Optional.empty();
        };
    }

    /** Kannel's dlr-mask event codes: 1 delivered, 2 failed, 4 buffered, 8 accepted by the SMSC, 16 rejected by the SMSC. */
    public static Optional<MessageStatus> fromKannel(int code) {
        return switch (code) {
            case 1 -> Optional.of(MessageStatus.DELIVERED);
            case 2 -> Optional.of(MessageStatus.UNDELIVERED);
            case 16 -> Optional.of(MessageStatus.REJECTED);
            default -> Optional.empty();
        };
    }
}
