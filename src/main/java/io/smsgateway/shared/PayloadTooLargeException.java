package io.smsgateway.shared;

/** The request body exceeds {@code gateway.api.max-body-bytes}. */
public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limit) {
        super("Request body exceeds " + limit + " bytes", null, false, false);
    }
}
