package io.smsgateway.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** Authenticates the callers of {@link BasicAuthenticated} resources, under the lockout and the per-address throttle. */
@Provider
@BasicAuthenticated
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthenticationFilter implements ContainerRequestFilter {

    @Inject
    private BasicAuthentication authentication;

    @Override
    public void filter(ContainerRequestContext request) {
        AccountCaller caller = new AccountCaller(authentication.caller(request.getHeaderString(HttpHeaders.AUTHORIZATION)));
        request.setSecurityContext(caller.context(request.getSecurityContext().isSecure()));
    }
}
