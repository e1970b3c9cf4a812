package io.smsgateway.api;

import java.util.Optional;

/** The credential of an {@code Authorization: Bearer <token>} header. */
public final class BearerToken {

    private static final String SCHEME = "Bearer ";

    private BearerToken() {
    }

    /** The token, or empty when the header is missing or of another scheme. */
    public static Optional<String> of(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        return Optional.of(authorizationHeader.substring(SCHEME.length()).strip());
    }
}
