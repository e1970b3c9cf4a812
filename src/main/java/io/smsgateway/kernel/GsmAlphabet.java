package io.smsgateway.kernel;

/**
 * The GSM 03.38 default alphabet and its extension table (characters sent as ESC plus one
 * septet). The position of a character in {@link #BASIC} is its septet value; 0x1B is the escape.
 *
 * <p>Written out here rather than taken from a library: the table is fixed by the standard, fits in
 * two lines, and the only Java implementations (inside SMPP libraries) pack septets for the wire,
 * which the gateway does not do; it needs per-character septet counts for segmentation.
 */
final class GsmAlphabet {

    static final int ESCAPE = 0x1B;
    private static final char NOT_A_CHARACTER = '\uFFFF';

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ" + NOT_A_CHARACTER + "ÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /** Extension characters and their septet after the escape. */
    private static final String EXTENSION = "\f^{}\\[~]|€";
    private static final int[] EXTENSION_SEPTETS = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};

    private GsmAlphabet() {
    }

    /** Septets the character takes in GSM-7: 1, 2 for the extension table, or 0 when it cannot be encoded. */
    static int septets(int codePoint) {
        if (codePoint > 0xFFFF || codePoint == NOT_A_CHARACTER) {
            return 0;
        }
        char c = (char) codePoint;
        if (BASIC.indexOf(c) >= 0) {
            return 1;
        }
        return EXTENSION.indexOf(c) >= 0 ? 2 : 0;
    }

    /** Writes the character's septet(s), one per byte (the unpacked form SMPP carries with data_coding 0). */
    static int write(char c, byte[] target, int offset) {
        int basic = BASIC.indexOf(c);
        if (basic >= 0) {
            target[offset] = (byte) basic;
            return 1;
        }
        int extension = EXTENSION.indexOf(c);
        if (extension < 0) {
            throw new IllegalArgumentException("not in the GSM 03.38 alphabet: U+" + Integer.toHexString(c));
        }
        target[offset] = (byte) ESCAPE;
        target[offset + 1] = (byte) EXTENSION_SEPTETS[extension];
        return 2;
    }

    /** The character for a septet, or for ESC plus the next septet; '?' for a septet with no character. */
    static char read(int septet, boolean escaped) {
        if (escaped) {
            for (int i = 0; i < EXTENSION_SEPTETS.length; i++) {
                if (EXTENSION_SEPTETS[i] == septet) {
                    return EXTENSION.charAt(i);
                }
            }
            return ' ';
        }
        char c = BASIC.charAt(septet & 0x7F);
        return c == NOT_A_CHARACTER ? '?' : c;
    }
}
