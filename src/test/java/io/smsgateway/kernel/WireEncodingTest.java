package io.smsgateway.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WireEncodingTest {

    @Test
    void gsm7IsOneSeptetPerByteWithEscapesForTheExtensionTable() {
        assertArrayEquals(new byte[] {0x00, 0x41, 0x61, 0x1B, 0x65, 0x1B, 0x28, 0x24, 0x7F}, WireEncoding.encode("@Aa€{¤à", Encoding.GSM7));
        assertArrayEquals(new byte[] {0x1C, 0x1D, 0x1E, 0x1F, 0x20}, WireEncoding.encode("ÆæßÉ ", Encoding.GSM7));
    }

    @Test
    void ucs2IsUtf16BigEndianWithSurrogatePairs() {
        assertArrayEquals(new byte[] {0x04, 0x1F, (byte) 0xD8, 0x3D, (byte) 0xDE, 0x00}, WireEncoding.encode("П😀", Encoding.UCS2));
    }

    @Test
    void decodingReversesEncoding() {
        String text = "Hello {world} €5 ÄÖÜ §¿ [x]~^|\\";
        assertEquals(text, WireEncoding.decode(WireEncoding.encode(text, Encoding.GSM7), Encoding.GSM7));
        assertEquals("Привет 😀", WireEncoding.decode(WireEncoding.encode("Привет 😀", Encoding.UCS2), Encoding.UCS2));
    }
}
