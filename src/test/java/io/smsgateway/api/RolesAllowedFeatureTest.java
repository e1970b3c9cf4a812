package io.smsgateway.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smsgateway.account.AccessDeniedException;
import io.smsgateway.account.AuthenticationFailedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.SecurityContext;
import java.lang.reflect.Proxy;
import java.security.Principal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RolesAllowedFeatureTest {

    private static ContainerRequestContext requestWith(SecurityContext security) {
        return (ContainerRequestContext) Proxy.newProxyInstance(RolesAllowedFeatureTest.class.getClassLoader(),
                new Class<?>[] {ContainerRequestContext.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getSecurityContext")) {
                        return security;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static CallerContext caller(String... roles) {
        Principal key = () -> "key-1";
        return new CallerContext(key, Set.of(roles), "Bearer", false, required -> "the API key lacks " + String.join(" or ", required));
    }

    @Test
    void aCallerWithAnyOfTheRolesPassesAndOneWithoutIsRefusedInItsDialectsWords() {
        RolesAllowedFeature.RoleCheck check = new RolesAllowedFeature.RoleCheck(List.of("create:SingleSMS", "read:Message"));
        assertDoesNotThrow(() -> check.filter(requestWith(caller("read:Message"))));
        AccessDeniedException refused = assertThrows(AccessDeniedException.class, () -> check.filter(requestWith(caller("read:Optout"))));
        assertEquals("the API key lacks create:SingleSMS or read:Message", refused.getMessage());
    }

    @Test
    void aRequestThatNoAuthenticationFilterSawIsRefusedAsUnauthenticated() {
        RolesAllowedFeature.RoleCheck check = new RolesAllowedFeature.RoleCheck(List.of("ADMIN"));
        SecurityContext containers = (SecurityContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {SecurityContext.class},
                (proxy, method, args) -> method.getReturnType() == boolean.class ? Boolean.TRUE : null);
        assertThrows(AuthenticationFailedException.class, () -> check.filter(requestWith(containers)),
                "the server's own context, whatever it claims, is not a caller a dialect identified");
    }
}
