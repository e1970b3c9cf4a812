package io.smsgateway.kernel;

/** The core refused a message; each API dialect translates the reason into its own error. */
public class SendRejectedException extends RuntimeException {

    private final Rejection reason;

    public SendRejectedException(Rejection reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Rejection getReason() {
        return reason;
    }
}
