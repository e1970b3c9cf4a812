package io.smsgateway.kernel;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import java.util.regex.Pattern;

/**
 * Destination number checks: first the E.164 form ({@code +}, country code, at most 15 digits in
 * all), then validity for the country's numbering plan with libphonenumber.
 */
public final class PhoneNumbers {

    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{1,14}");
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /**
     * An international number written with or without its leading {@code +}, with the {@code +};
     * the result still has to pass {@link #requireValidE164}.
     */
    public static String withPlus(String number) {
        String candidate = number.strip();
        return candidate.startsWith("+") ? candidate : "+" + candidate;
    }

    /** Returns the number in E.164 form, or throws with {@link Rejection#MALFORMED_DESTINATION} or {@link Rejection#INVALID_NUMBER}. */
    public static String requireValidE164(String destination) {
        if (destination == null || !E164.matcher(destination).matches()) {
            throw new SendRejectedException(Rejection.MALFORMED_DESTINATION, "Wrong number");
        }
        PhoneNumber number;
        try {
            number = UTIL.parse(destination, null);
        } catch (NumberParseException e) {
            if (e.getErrorType() == NumberParseException.ErrorType.INVALID_COUNTRY_CODE) {
                throw new SendRejectedException(Rejection.MALFORMED_DESTINATION, "Wrong number");
            }
            throw new SendRejectedException(Rejection.INVALID_NUMBER, "Invalid number");
        }
        if (!UTIL.isValidNumber(number)) {
            throw new SendRejectedException(Rejection.INVALID_NUMBER, "Invalid number");
        }
        return UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164);
    }
}
