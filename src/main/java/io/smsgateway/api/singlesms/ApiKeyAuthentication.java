package io.smsgateway.api.singlesms;

import io.smsgateway.account.AuthenticationFailedException;
import io.smsgateway.api.BearerToken;
import io.smsgateway.api.RequestAuthentication;
import io.smsgateway.apikey.ApiKey;
import io.smsgateway.apikey.ApiKeyService;
import io.smsgateway.apikey.Permission;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Identifies the API key of a {@code Authorization: Bearer <key>} request and checks its permission. */
@ApplicationScoped
public class ApiKeyAuthentication {

    @Inject
    private ApiKeyService keys;

    @Inject
    private RequestAuthentication requests;

    public ApiKey require(String authorizationHeader, Permission permission) {
        return requests.attempt(() -> keys.authorize(BearerToken.of(authorizationHeader)
                .orElseThrow(() -> new AuthenticationFailedException("a Bearer API key is required")), permission));
    }
}
