package io.smsgateway.api.voximplant;

import io.smsgateway.account.AuthenticationFailedException;
import io.smsgateway.account.RequestAuthentication;
import io.smsgateway.api.BearerToken;
import io.smsgateway.api.CallerContext;
import io.smsgateway.serviceaccount.JwtVerifier;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** Identifies the service account behind {@code Authorization: Bearer <JWT>} on a {@link JwtAuthenticated} resource. */
@Provider
@JwtAuthenticated
@Priority(Priorities.AUTHENTICATION)
public class JwtAuthentication implements ContainerRequestFilter {

    @Inject
    private JwtVerifier verifier;

    @Inject
    private RequestAuthentication requests;

    @Override
    public void filter(ContainerRequestContext request) {
        ServiceAccountCaller caller = new ServiceAccountCaller(requests.attempt(() -> verifier.verify(
                BearerToken.of(request.getHeaderString(HttpHeaders.AUTHORIZATION)).orElseThrow(() -> new AuthenticationFailedException("Authorization failed")))));
        request.setSecurityContext(new CallerContext(caller, caller.roles(), "Bearer", request.getSecurityContext().isSecure(),
                roles -> roles.contains(ServiceAccountCaller.SENDS_SMS)
                        ? "The service account's roles do not allow SMS; one of Owner, Admin, Developer, CallsSMS is needed"
                        : "The service account's roles do not allow this; one of " + String.join(", ", roles) + " is needed"));
    }
}
