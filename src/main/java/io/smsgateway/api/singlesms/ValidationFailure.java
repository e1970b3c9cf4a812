package io.smsgateway.api.singlesms;

import java.util.Locale;

/**
 * A request this dialect cannot accept, described the way its clients expect: {@code object} names
 * the faulty part ("Missing Originator object"), {@code message} explains it.
 */
class ValidationFailure extends RuntimeException {

    private final String object;

    ValidationFailure(String object, String message) {
        super(message);
        this.object = object;
    }

    static ValidationFailure missing(String field) {
        return new ValidationFailure("Missing " + field + " object", field.toLowerCase(Locale.ROOT) + " is required");
    }

    static ValidationFailure invalid(String field, String message) {
        return new ValidationFailure("Invalid " + field + " object", message);
    }

    String object() {
        return object;
    }
}
