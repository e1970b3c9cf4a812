package io.smsgateway.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProviderMessageIdsTest {

    @Test
    void canonicalFormIsLowerCaseWithoutLeadingZeros() {
        assertEquals("1a2b", ProviderMessageIds.canonical("001A2B"));
        assertEquals("0", ProviderMessageIds.canonical("0000"));
        assertEquals("sim-abc", ProviderMessageIds.canonical("sim-ABC"));
    }

    @Test
    void aDecimalReceiptIdMatchesTheHexSubmitId() {
        String submitted = ProviderMessageIds.canonical("1A2B3C01");
        assertTrue(ProviderMessageIds.candidates(Long.toString(0x1A2B3C01L)).contains(submitted));
    }

    @Test
    void aHexReceiptIdMatchesTheDecimalSubmitId() {
        String submitted = ProviderMessageIds.canonical("0000439041037");
        assertTrue(ProviderMessageIds.candidates("1A2B3C0D").contains(submitted));
    }

    @Test
    void zeroPaddingAndCaseDoNotMatter() {
        assertTrue(ProviderMessageIds.candidates("000ABC").contains(ProviderMessageIds.canonical("abc")));
    }
}
