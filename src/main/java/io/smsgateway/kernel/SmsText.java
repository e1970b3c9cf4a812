package io.smsgateway.kernel;

import java.util.ArrayList;
import java.util.List;

/**
 * A message text as it travels over the air: its encoding and the parts it is split into.
 *
 * <p>GSM-7 is chosen when every character is in the GSM 03.38 default alphabet or its extension
 * table (extension characters take two septets); anything else needs UCS-2, where a character outside
 * the Basic Multilingual Plane takes two UTF-16 units. One segment carries 160 septets or 70 units;
 * a longer text is cut into parts of 153 septets or 67 units, never splitting an escape sequence or
 * a surrogate pair across two parts.
 */
public record SmsText(String text, Encoding encoding, List<String> parts) {

    public SmsText {
        parts = List.copyOf(parts);
    }

    public static SmsText of(String text) {
        Encoding encoding = isGsm7(text) ? Encoding.GSM7 : Encoding.UCS2;
        return new SmsText(text, encoding, split(text, encoding));
    }

    public int segments() {
        return parts.size();
    }

    /** Length in the encoding's units: septets for GSM-7, UTF-16 code units for UCS-2. */
    public int units() {
        return text.codePoints().map(cp -> width(cp, encoding)).sum();
    }

    private static boolean isGsm7(String text) {
        return text.codePoints().allMatch(cp -> GsmAlphabet.septets(cp) > 0);
    }

    private static int width(int codePoint, Encoding encoding) {
        return encoding == Encoding.GSM7 ? GsmAlphabet.septets(codePoint) : Character.charCount(codePoint);
    }

    private static List<String> split(String text, Encoding encoding) {
        int total = text.codePoints().map(cp -> width(cp, encoding)).sum();
        if (total <= encoding.singleSegmentCapacity()) {
            return List.of(text);
        }
        int capacity = encoding.concatenatedSegmentCapacity();
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int width = width(codePoint, encoding);
            if (used + width > capacity) {
                parts.add(part.toString());
                part.setLength(0);
                used = 0;
            }
            part.appendCodePoint(codePoint);
            used += width;
            i += Character.charCount(codePoint);
        }
        parts.add(part.toString());
        return parts;
    }
}
