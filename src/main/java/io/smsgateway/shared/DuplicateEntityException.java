package io.smsgateway.shared;

/** An entity with the same identity already exists. */
public class DuplicateEntityException extends RuntimeException {

    public DuplicateEntityException(String message) {
        super(message, null, false, false);
    }
}
