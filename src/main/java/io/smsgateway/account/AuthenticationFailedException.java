package io.smsgateway.account;

/** The caller could not be identified. The message never says which part of the credentials was wrong. */
public class AuthenticationFailedException extends RuntimeException {

    public AuthenticationFailedException(String message) {
        super(message, null, false, false);
    }
}
