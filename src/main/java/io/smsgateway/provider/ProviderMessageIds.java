package io.smsgateway.provider;

import java.math.BigInteger;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Upstream message ids as stored and matched. SMSCs answer submit_sm with an id in one form and
 * report receipts with it in another (hex vs decimal, zero-padded or not, upper or lower case);
 * ids are stored in a canonical form and a receipt is matched against every form it may stand for.
 */
public final class ProviderMessageIds {

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

    /** The canonical ids a receipt's id may refer to. */
    public static Set<String> candidates(String receiptId) {
        Set<String> candidates = new LinkedHashSet<>();
        String canonical = canonical(receiptId);
        candidates.add(canonical);
        if (canonical.length() <= 40) {
            if (canonical.chars().allMatch(Character::isDigit)) {
                candidates.add(canonical(new BigInteger(canonical).toString(16)));
            }
            if (canonical.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                candidates.add(canonical(new BigInteger(canonical, 16).toString()));
            }
        }
        return candidates;
    }
}
