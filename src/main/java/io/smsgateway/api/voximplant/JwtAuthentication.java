package io.smsgateway.api.voximplant;

import io.smsgateway.account.AccessDeniedException;
import io.smsgateway.account.AuthenticationFailedException;
import io.smsgateway.api.BearerToken;
import io.smsgateway.api.RequestAuthentication;
import io.smsgateway.serviceaccount.JwtVerifier;
import io.smsgateway.serviceaccount.ServiceAccount;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Identifies the service account behind {@code Authorization: Bearer <JWT>}. */
@ApplicationScoped
public class JwtAuthentication {

    @Inject
    private JwtVerifier verifier;

    @Inject
    private RequestAuthentication requests;

    public ServiceAccount caller(String authorizationHeader) {
        return requests.attempt(() -> verifier.verify(BearerToken.of(authorizationHeader)
                .orElseThrow(() -> new AuthenticationFailedException("Authorization failed"))));
    }

    /** A caller whose roles may send SMS (Owner, Admin, Developer, CallsSMS). */
    public ServiceAccount smsCaller(String authorizationHeader) {
        ServiceAccount caller = caller(authorizationHeader);
        if (!caller.maySendSms()) {
            throw new AccessDeniedException("The service account's roles do not allow SMS; one of Owner, Admin, Developer, CallsSMS is needed");
        }
        return caller;
    }
}
