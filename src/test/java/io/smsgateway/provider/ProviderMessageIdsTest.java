package io.smsgateway.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smsgateway.provider.ProviderMessageIds.ReceiptIdFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProviderMessageIdsTest {

    @Test
    void canonicalFormIsLowerCaseWithoutLeadingZeros() {
        assertEquals("1a2b", ProviderMessageIds.canonical("001A2B"));
        assertEquals("0", ProviderMessageIds.canonical("0000"));
        assertEquals("sim-abc", ProviderMessageIds.canonical("sim-ABC"));
    }

    @Test
    void aReceiptIdIsReadOneWayOnly() {
        // "27" is message 27 for a provider that writes ids alike, never also message 0x27 = 39.
        assertEquals(Optional.of("27"), ProviderMessageIds.fromReceipt("27", ReceiptIdFormat.SAME));
        assertEquals(Optional.of("27"), ProviderMessageIds.fromReceipt("0027", ReceiptIdFormat.SAME));
        assertEquals(Optional.of("1b"), ProviderMessageIds.fromReceipt("27", ReceiptIdFormat.DECIMAL_IN_RECEIPTS));
        assertEquals(Optional.of("39"), ProviderMessageIds.fromReceipt("27", ReceiptIdFormat.HEX_IN_RECEIPTS));
    }

    @Test
    void aDecimalReceiptIdMatchesTheHexSubmitIdWhenTheProviderSaysSo() {
        String submitted = ProviderMessageIds.canonical("1A2B3C01");
        assertEquals(Optional.of(submitted), ProviderMessageIds.fromReceipt(Long.toString(0x1A2B3C01L), ReceiptIdFormat.DECIMAL_IN_RECEIPTS));
    }

    @Test
    void aHexReceiptIdMatchesTheDecimalSubmitIdWhenTheProviderSaysSo() {
        String submitted = ProviderMessageIds.canonical("0000439041037");
        assertEquals(Optional.of(submitted), ProviderMessageIds.fromReceipt("1A2B3C0D", ReceiptIdFormat.HEX_IN_RECEIPTS));
    }

    @Test
    void anIdThatCannotBeInTheProvidersFormatMatchesNothing() {
        assertEquals(Optional.empty(), ProviderMessageIds.fromReceipt("abc", ReceiptIdFormat.DECIMAL_IN_RECEIPTS));
        assertThrows(IllegalArgumentException.class, () -> ReceiptIdFormat.of("both"));
        assertEquals(ReceiptIdFormat.SAME, ReceiptIdFormat.of(null));
    }
}
