package io.smsgateway.shared;

/** The request is valid but the entity is no longer in a state that allows it (HTTP 409). */
public class StateConflictException extends RuntimeException {

    public StateConflictException(String message) {
        super(message);
    }
}
