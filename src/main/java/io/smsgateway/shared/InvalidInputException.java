package io.smsgateway.shared;

import java.util.List;

/** A request is structurally wrong: a missing field, a wrong type, a value out of range. */
public class InvalidInputException extends RuntimeException {

    private final List<String> details;

    public InvalidInputException(String message) {
        this(message, List.of());
    }

    public InvalidInputException(String message, List<String> details) {
        super(message, null, false, false);
        this.details = List.copyOf(details);
    }

    public List<String> getDetails() {
        return details;
    }
}
