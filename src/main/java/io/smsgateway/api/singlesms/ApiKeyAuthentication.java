package io.smsgateway.api.singlesms;

import io.smsgateway.account.AuthenticationFailedException;
import io.smsgateway.account.RequestAuthentication;
import io.smsgateway.api.BearerToken;
import io.smsgateway.api.CallerContext;
import io.smsgateway.apikey.ApiKeyService;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** Identifies the API key of a {@code Authorization: Bearer <key>} request to an {@link ApiKeyAuthenticated} resource. */
@Provider
@ApiKeyAuthenticated
@Priority(Priorities.AUTHENTICATION)
public class ApiKeyAuthentication implements ContainerRequestFilter {

    @Inject
    private ApiKeyService keys;

    @Inject
    private RequestAuthentication requests;

    @Override
    public void filter(ContainerRequestContext request) {
        ApiKeyCaller caller = new ApiKeyCaller(requests.attempt(() -> keys.authenticate(BearerToken.of(request.getHeaderString(HttpHeaders.AUTHORIZATION))
                .orElseThrow(() -> new AuthenticationFailedException("a Bearer API key is required")))));
        request.setSecurityContext(new CallerContext(caller, caller.roles(), "Bearer", request.getSecurityContext().isSecure(),
                permissions -> "the API key lacks " + String.join(" or ", permissions)));
    }
}
