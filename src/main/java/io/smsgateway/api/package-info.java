/**
 * What the three API dialects share: request bodies read within bounds, the error envelope chosen by
 * path, and declarative security. Each dialect authenticates in its own name-bound filter (Basic,
 * API key, JWT) that puts a {@link io.smsgateway.api.CallerContext} in the request; resource methods
 * declare {@code @RolesAllowed} and {@link io.smsgateway.api.RolesAllowedFeature} enforces it. Uses
 * the core ({@code account}, {@code message}, ...); the core never uses it.
 */
package io.smsgateway.api;
