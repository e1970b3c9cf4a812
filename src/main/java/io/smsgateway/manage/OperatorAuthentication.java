package io.smsgateway.manage;

import io.smsgateway.account.AccessDeniedException;
import io.smsgateway.account.Account;
import io.smsgateway.account.AuthenticationFailedException;
import io.smsgateway.account.RequestAuthentication;
import io.smsgateway.api.AccountCaller;
import io.smsgateway.api.BasicAuthentication;
import io.smsgateway.console.ConsoleCookie;
import io.smsgateway.console.ConsoleSessions;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Identifies the caller of an operator API request: Basic credentials when the request has them, else
 * the console's session cookie. A change made with the cookie must repeat the session's CSRF token in
 * {@code X-CSRF-Token}: the browser sends the cookie whoever wrote the page, the token only comes from
 * the console's own script. Both kinds count toward the per-address failure throttle.
 */
@Provider
@OperatorAuthenticated
@Priority(Priorities.AUTHENTICATION)
public class OperatorAuthentication implements ContainerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    private BasicAuthentication basic;

    @Inject
    private RequestAuthentication requests;

    @Inject
    private ConsoleSessions sessions;

    @Inject
    private HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        AccountCaller caller = new AccountCaller(identify(request));
        request.setSecurityContext(caller.context(request.getSecurityContext().isSecure()));
    }

    private Account identify(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String cookieToken = ConsoleCookie.token(servletRequest);
        if (authorization != null || cookieToken == null) {
            return basic.caller(authorization);
        }
        ConsoleSessions.LiveSession session = requests.attempt(() -> sessions.live(cookieToken)
                .orElseThrow(() -> new AuthenticationFailedException("The console session has ended; log in again")));
        if (!SAFE_METHODS.contains(request.getMethod()) && !session.allowsChange(request.getHeaderString(ConsoleCookie.CSRF_HEADER))) {
            throw new AccessDeniedException("A change from the console must carry its CSRF token in " + ConsoleCookie.CSRF_HEADER);
        }
        return session.operator();
    }
}
