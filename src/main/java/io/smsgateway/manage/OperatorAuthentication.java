package io.smsgateway.manage;

import io.smsgateway.account.AccessDeniedException;
import io.smsgateway.account.Account;
import io.smsgateway.account.AuthenticationFailedException;
import io.smsgateway.account.Role;
import io.smsgateway.api.BasicAuthentication;
import io.smsgateway.api.RequestAuthentication;
import io.smsgateway.console.ConsoleCookie;
import io.smsgateway.console.ConsoleSessions;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * The caller of an operator API request: Basic credentials when the request has them, else the
 * console's session cookie. A change made with the cookie must repeat the session's CSRF token in
 * {@code X-CSRF-Token}: the cookie alone is sent by the browser whoever wrote the page, the token
 * only by the console's own script. Both kinds count toward the per-address failure throttle.
 */
@RequestScoped
public class OperatorAuthentication {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    private BasicAuthentication basic;

    @Inject
    private RequestAuthentication requests;

    @Inject
    private ConsoleSessions sessions;

    @Inject
    private HttpServletRequest request;

    private Account caller;

    public Account caller() {
        if (caller == null) {
            caller = identify();
        }
        return caller;
    }

    public Account admin() {
        Account account = caller();
        if (!account.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("The ADMIN role is required");
        }
        return account;
    }

    private Account identify() {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        String cookieToken = ConsoleCookie.token(request);
        if (authorization != null || cookieToken == null) {
            return basic.caller(authorization);
        }
        ConsoleSessions.LiveSession session = requests.attempt(() -> sessions.live(cookieToken)
                .orElseThrow(() -> new AuthenticationFailedException("The console session has ended; log in again")));
        if (!SAFE_METHODS.contains(request.getMethod()) && !sameToken(request.getHeader(ConsoleCookie.CSRF_HEADER), session.csrfToken())) {
            throw new AccessDeniedException("A change from the console must carry its CSRF token in " + ConsoleCookie.CSRF_HEADER);
        }
        return session.operator();
    }

    private static boolean sameToken(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
