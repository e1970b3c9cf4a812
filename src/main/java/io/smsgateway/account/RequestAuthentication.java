package io.smsgateway.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;

/**
 * Runs the authentication of the current HTTP request under the per-address throttle, for all three
 * dialects alike. The address is the TCP peer's: behind a reverse proxy every client shares the
 * proxy's count (see {@code gateway.auth.max-failures-per-address} in the README).
 */
@ApplicationScoped
public class RequestAuthentication {

    @Inject
    private ClientAddressThrottle throttle;

    @Inject
    private HttpServletRequest request;

    public <T> T attempt(Supplier<T> authentication) {
        return throttle.attempt(request.getRemoteAddr(), authentication);
    }
}
