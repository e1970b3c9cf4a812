package io.smsgateway.account;

/** The caller is known but lacks the role or ownership the operation needs. */
public class AccessDeniedException extends RuntimeException {

    public AccessDeniedException(String message) {
        super(message, null, false, false);
    }
}
