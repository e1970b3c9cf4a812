package io.smsgateway.api;

import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Collection;
import java.util.Set;
import java.util.function.Function;

/**
 * The caller a dialect's authentication filter identified, with the roles its {@code @RolesAllowed}
 * checks see: an account's roles, an API key's permissions, a service account's platform roles. Each
 * dialect words its own refusal.
 */
public final class CallerContext implements SecurityContext {

    private final Principal caller;
    private final Set<String> roles;
    private final String scheme;
    private final boolean secure;
    private final Function<Collection<String>, String> refusal;

    public CallerContext(Principal caller, Set<String> roles, String scheme, boolean secure, Function<Collection<String>, String> refusal) {
        this.caller = caller;
        this.roles = Set.copyOf(roles);
        this.scheme = scheme;
        this.secure = secure;
        this.refusal = refusal;
    }

    /** The caller of a request that went through a dialect's authentication, as the type that dialect gave it. */
    public static <P extends Principal> P caller(SecurityContext security, Class<P> type) {
        Principal principal = security == null ? null : security.getUserPrincipal();
        if (!type.isInstance(principal)) {
            // A resource reached without its dialect's filter: a wiring mistake, never a client's.
            throw new IllegalStateException("no " + type.getSimpleName() + " authenticated this request");
        }
        return type.cast(principal);
    }

    @Override
    public Principal getUserPrincipal() {
        return caller;
    }

    @Override
    public boolean isUserInRole(String role) {
        return roles.contains(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return scheme;
    }

    /** Why a caller without any of {@code required} is refused, in its dialect's words. */
    String refusal(Collection<String> required) {
        return refusal.apply(required);
    }
}
