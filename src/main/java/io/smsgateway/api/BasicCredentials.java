package io.smsgateway.api;

import io.smsgateway.account.AuthenticationFailedException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** Username and password from an HTTP {@code Authorization: Basic} header. */
public record BasicCredentials(String username, String password) {

    public static final String MISSING_HEADER = "Missing basic authentication header";
    private static final String PREFIX = "basic ";

    public static BasicCredentials parse(String authorizationHeader) {
        if (authorizationHeader == null || authorizationHeader.length() <= PREFIX.length()
                || !authorizationHeader.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            throw new AuthenticationFailedException(MISSING_HEADER);
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorizationHeader.substring(PREFIX.length()).strip()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new AuthenticationFailedException(MISSING_HEADER);
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw new AuthenticationFailedException("Username or password not valid");
        }
        return new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1));
    }

    @Override
    public String toString() {
        return "BasicCredentials[username=" + username + "]";
    }
}
