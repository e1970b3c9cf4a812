package io.smsgateway.provider.smpp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class SmppPayloadTest {

    @Test
    void singlePartsCarryNoHeader() {
        byte[] content = {1, 2, 3};
        assertSame(content, SmppProvider.payload(content, 7, 1, 1));
    }

    @Test
    void concatenatedPartsStartWithTheEightBitReferenceUdh() {
        assertArrayEquals(new byte[] {5, 0, 3, (byte) 200, 3, 2, 9, 9}, SmppProvider.payload(new byte[] {9, 9}, 200, 2, 3));
    }
}
