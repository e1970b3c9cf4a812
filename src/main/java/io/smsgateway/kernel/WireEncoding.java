package io.smsgateway.kernel;

import java.nio.charset.StandardCharsets;

/**
 * The bytes of a text part on the wire: unpacked GSM 03.38 septets (one per byte) for GSM-7,
 * UTF-16 big-endian for UCS-2 (a character outside the BMP travels as its surrogate pair).
 */
public final class WireEncoding {

    private WireEncoding() {
    }

    public static byte[] encode(String text, Encoding encoding) {
        if (encoding == Encoding.UCS2) {
            return text.getBytes(StandardCharsets.UTF_16BE);
        }
        byte[] buffer = new byte[text.length() * 2];
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            length += GsmAlphabet.write(text.charAt(i), buffer, length);
        }
        return java.util.Arrays.copyOf(buffer, length);
    }

    public static String decode(byte[] bytes, Encoding encoding) {
        if (encoding == Encoding.UCS2) {
            return new String(bytes, StandardCharsets.UTF_16BE);
        }
        StringBuilder text = new StringBuilder(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            int septet = bytes[i] & 0x7F;
            if (septet == GsmAlphabet.ESCAPE && i + 1 < bytes.length) {
                text.append(GsmAlphabet.read(bytes[++i] & 0x7F, true));
            } else {
                text.append(GsmAlphabet.read(septet, false));
            }
        }
        return text.toString();
    }

    /** Latin-1 decoding for upstreams that send 8-bit text with data_coding 3. */
    public static String decodeLatin1(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

}
