package io.smsgateway.provider;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;

/**
 * Upstream message ids as stored and matched. An id is stored in the form the provider's
 * {@code submit_sm_resp} (or HTTP answer) wrote it, in a canonical spelling (lower case, no leading
 * zeros). Some SMSCs write the same id differently in their receipts (decimal for a hexadecimal
 * submit id, or the reverse); the provider's {@code receiptIdFormat} setting says which, and the
 * receipt's id is converted that one way only. A receipt is never matched against "every reading
 * that fits": {@code 27} read as hex is {@code 39}, another message's id.
 */
public final class ProviderMessageIds {

    /** How a provider writes a message's id in its receipts, relative to its submit answers. */
    public enum ReceiptIdFormat {
        /** The same id (case and zero padding aside): the SMPP standard, and the default. */
        SAME,
        /** Submit answers in hexadecimal, receipts in decimal. */
        DECIMAL_IN_RECEIPTS,
        /** Submit answers in decimal, receipts in hexadecimal. */
        HEX_IN_RECEIPTS;

        public static ReceiptIdFormat of(String setting) {
            return switch (setting == null ? "same" : setting.strip().toLowerCase(Locale.ROOT)) {
                case "same", "" -> SAME;
                case "decimal-in-receipts" -> DECIMAL_IN_RECEIPTS;
                case "hex-in-receipts" -> HEX_IN_RECEIPTS;
                default -> throw new IllegalArgumentException("receiptIdFormat must be same, decimal-in-receipts or hex-in-receipts");
            };
        }
    }

    private ProviderMessageIds() {
    }

    /** Lower case without leading zeros. */
    public static String canonical(String id) {
        String lower = id.strip().toLowerCase(Locale.ROOT);
        int start = 0;
        while (start < lower.length() - 1 && lower.charAt(start) == '0') {
            start++;
        }
        return lower.substring(start);
    }

    /**
     * The canonical submit id a receipt's id stands for, under the provider's format; empty when the
     * receipt's id cannot be written in that format (a decimal-in-receipts provider sending letters).
     */
    public static Optional<String> fromReceipt(String receiptId, ReceiptIdFormat format) {
        String canonical = canonical(receiptId);
        try {
            return Optional.of(switch (format) {
                case SAME -> canonical;
                case DECIMAL_IN_RECEIPTS -> new BigInteger(canonical, 10).toString(16);
                case HEX_IN_RECEIPTS -> new BigInteger(canonical, 16).toString(10);
            });
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
