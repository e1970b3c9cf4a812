package io.smsgateway.api.voximplant;

/** A refusal in the platform's terms: its error code, HTTP status and message. */
class PlatformError extends RuntimeException {

    static final int AUTHORIZATION_FAILED = 100;
    static final int ROLE_NOT_ALLOWED = 101;
    static final int MISSING_PARAMETER = 102;
    static final int INVALID_PARAMETER = 103;
    static final int INVALID_SOURCE = 104;
    static final int REFUSED_BY_POLICY = 105;
    static final int TOO_MANY_REQUESTS = 106;
    static final int NO_ROUTE = 107;
    static final int NOT_FOUND = 108;
    static final int CONFLICT = 109;
    static final int INTERNAL = 500;

    private final int code;
    private final int httpStatus;

    PlatformError(int code, int httpStatus, String message) {
        super(message);
        this.code = code;
        this.httpStatus = httpStatus;
    }

    static PlatformError missing(String parameter) {
        return new PlatformError(MISSING_PARAMETER, 400, "The required parameter '" + parameter + "' is missing");
    }

    static PlatformError invalid(String parameter, String why) {
        return new PlatformError(INVALID_PARAMETER, 400, "Invalid parameter '" + parameter + "': " + why);
    }

    int code() {
        return code;
    }

    int httpStatus() {
        return httpStatus;
    }
}
