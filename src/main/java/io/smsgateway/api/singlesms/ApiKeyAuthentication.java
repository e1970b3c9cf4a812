package io.smsgateway.api.singlesms;

import io.smsgateway.account.AuthenticationFailedException;
import io.smsgateway.api.BearerToken;
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

    public ApiKey require(String authorizationHeader, Permission permission) {
        String secret = BearerToken.of(authorizationHeader)
                .orElseThrow(() -> new AuthenticationFailedException("a Bearer API key is required"));
        return keys.authorize(secret, permission);
    }
}
