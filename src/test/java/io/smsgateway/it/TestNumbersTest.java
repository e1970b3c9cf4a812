package io.smsgateway.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.junit.jupiter.api.Test;

/** The integration tests' numbers must be valid whatever second the run starts at and however far its sequence goes. */
class TestNumbersTest {

    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

    private static void assertValidMobile(String number, String region) throws NumberParseException {
        PhoneNumber parsed = NUMBERS.parse(number, null);
        assertTrue(NUMBERS.isValidNumber(parsed), number);
        assertEquals(region, NUMBERS.getRegionCodeForNumber(parsed), number);
        assertEquals(PhoneNumberUtil.PhoneNumberType.MOBILE, NUMBERS.getNumberType(parsed), number);
    }

    @Test
    void everyRunAndSequenceGivesValidMobileNumbers() throws NumberParseException {
        for (int run = 0; run < 1000; run++) {
            for (int sequence : new int[] {0, 1, 505, 9999, 10_000, 123_456}) {
                assertValidMobile(TestNumbers.italianMobile(run, sequence), "IT");
                assertValidMobile(TestNumbers.japaneseMobile(run, sequence), "JP");
            }
        }
    }
}
