package io.smsgateway.shared;

/** A referenced entity does not exist (or is not visible to the caller). */
public class UnknownEntityException extends RuntimeException {

    public UnknownEntityException(String message) {
        super(message, null, false, false);
    }
}
