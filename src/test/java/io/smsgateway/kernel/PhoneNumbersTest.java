package io.smsgateway.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumbersTest {

    @ParameterizedTest
    @ValueSource(strings = {"+393401234567", "+447911123456", "+4915112345678", "+819012345678", "+33612345678"})
    void validNumbersPass(String number) {
        assertEquals(number, PhoneNumbers.requireValidE164(number));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", " ", "393401234567", "+39 340 1234567", "+39-340-1234567", "+39abc", "+3934012345678901",
        "+0393401234567", "00393401234567", "+", "+999123456789", "+8091234567"})
    void notInE164FormOrUnknownCountryCodeIsCode8(String number) {
        SendRejectedException e = assertThrows(SendRejectedException.class, () -> PhoneNumbers.requireValidE164(number));
        assertEquals(Rejection.MALFORMED_DESTINATION, e.getReason(), number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"+390000000000", "+4412", "+1234567890", "+39340"})
    void e164FormButInvalidForTheCountryIsCode56(String number) {
        SendRejectedException e = assertThrows(SendRejectedException.class, () -> PhoneNumbers.requireValidE164(number));
        assertEquals(Rejection.INVALID_NUMBER, e.getReason(), number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"447443332211", "+447443332211", " 447443332211 ", " +447443332211"})
    void internationalNumbersGetTheirPlus(String written) {
        assertEquals("+447443332211", PhoneNumbers.withPlus(written));
    }
}
