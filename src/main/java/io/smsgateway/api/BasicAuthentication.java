package io.smsgateway.api;

import io.smsgateway.account.Account;
import io.smsgateway.account.Authenticator;
import io.smsgateway.account.RequestAuthentication;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Identifies the caller of a Basic-authenticated endpoint. */
@ApplicationScoped
public class BasicAuthentication {

    @Inject
    private Authenticator authenticator;

    @Inject
    private RequestAuthentication requests;

    public Account caller(String authorizationHeader) {
        return requests.attempt(() -> {
            BasicCredentials credentials = BasicCredentials.parse(authorizationHeader);
            return authenticator.authenticate(credentials.username(), credentials.password());
        });
    }
}
