package io.smsgateway.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles a caller needs for a resource method (or every method of its class): an account's roles,
 * an API key's permissions, a service account's platform roles, as the dialect's authentication filter
 * put them in the request. Enforced by {@link AllowedRolesFeature}. Not {@link AllowedRoles}: Payara
 * enforces that one on JAX-RS resources itself, against the server's own login, before any filter of
 * the application has run, and answers with its own HTML page instead of the dialect's envelope.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AllowedRoles {

    String[] value();
}
