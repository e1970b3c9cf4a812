package io.smsgateway.api;

import io.smsgateway.account.AccessDeniedException;
import io.smsgateway.account.AuthenticationFailedException;
import jakarta.annotation.Priority;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.util.Arrays;
import java.util.List;

/**
 * Enforces {@link RolesAllowed} on resource methods (or their class) against the caller that the
 * dialect's authentication filter put in the request's security context (an account's roles, an API
 * key's permissions, a service account's platform roles); a refusal comes in the dialect's own error
 * envelope. Payara's own enforcement, which checks the server's login before any filter of the
 * application has run and answers with an HTML page, is switched off in {@code WEB-INF/glassfish-web.xml};
 * no other server enforces it on resources that are not EJBs.
 */
@Provider
public class RolesAllowedFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        RolesAllowed allowed = resource.getResourceMethod().getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed != null) {
            context.register(new RoleCheck(List.of(allowed.value())));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    static final class RoleCheck implements ContainerRequestFilter {

        private final List<String> roles;

        RoleCheck(List<String> roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (!(security instanceof CallerContext caller)) {
                throw new AuthenticationFailedException("Authentication required");
            }
            if (roles.stream().noneMatch(caller::isUserInRole)) {
                throw new AccessDeniedException(caller.refusal(roles));
            }
        }

        @Override
        public String toString() {
            return "RoleCheck" + Arrays.toString(roles.toArray());
        }
    }
}
