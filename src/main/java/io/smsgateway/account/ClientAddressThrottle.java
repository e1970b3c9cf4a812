package io.smsgateway.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses every authentication from a client address that has failed too often, whatever credentials
 * it presents next: the per-username lockout alone does not stop one client from guessing across many
 * usernames, API keys or tokens. Password, API-key and JWT authentication all go through it. A success
 * does not clear the count, or one valid account would let a client guess on forever.
 */
@ApplicationScoped
public class ClientAddressThrottle {

    static final String BLOCKED = "Too many failed authentications from this address; try again later";

    @Inject
    @ConfigProperty(name = "gateway.auth.max-failures-per-address", defaultValue = "100")
    private int maxFailures;

    @Inject
    @ConfigProperty(name = "gateway.auth.lockout-seconds", defaultValue = "300")
    private long lockoutSeconds;

    private FailureWindows windows;

    @PostConstruct
    void init() {
        windows = new FailureWindows(maxFailures, Duration.ofSeconds(lockoutSeconds));
    }

    /** Runs {@code authentication} for a request from {@code clientAddress}, counting it if it fails. */
    public <T> T attempt(String clientAddress, Supplier<T> authentication) {
        if (windows.isBlocked(clientAddress, Instant.now())) {
            throw new AuthenticationFailedException(BLOCKED);
        }
        try {
            return authentication.get();
        } catch (AuthenticationFailedException e) {
            windows.recordFailure(clientAddress, Instant.now());
            throw e;
        }
    }
}
