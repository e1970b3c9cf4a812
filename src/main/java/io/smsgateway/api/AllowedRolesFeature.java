package io.smsgateway.api;

import io.smsgateway.account.AccessDeniedException;
import io.smsgateway.account.AuthenticationFailedException;
import jakarta.annotation.Priority;
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
 * Enforces {@link AllowedRoles} on resource methods (or their class) against the caller that the
 * dialect's authentication filter put in the request's security context; a refusal comes in the
 * dialect's own error envelope.
 */
@Provider
public class AllowedRolesFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        AllowedRoles allowed = resource.getResourceMethod().getAnnotation(AllowedRoles.class);
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(AllowedRoles.class);
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
