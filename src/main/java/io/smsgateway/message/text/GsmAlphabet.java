package io.smsgateway.message.text;

/** The GSM 03.38 default alphabet and its extension table (characters sent as ESC plus one septet). */
final class GsmAlphabet {

    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    private static final String EXTENSION = "\f^{}\\[~]|€";

    private GsmAlphabet() {
    }

    /** Septets the character takes in GSM-7: 1, 2 for the extension table, or 0 when it cannot be encoded. */
    static int septets(int codePoint) {
        if (codePoint > 0xFFFF) {
            return 0;
        }
        char c = (char) codePoint;
        if (BASIC.indexOf(c) >= 0) {
            return 1;
        }
        return EXTENSION.indexOf(c) >= 0 ? 2 : 0;
    }
}
