package io.smsgateway.manage;

import io.smsgateway.account.Account;
import io.smsgateway.apikey.ApiKey;
import io.smsgateway.apikey.ApiKeyService;
import io.smsgateway.apikey.Permission;
import io.smsgateway.shared.JsonRequests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * API keys of an account, managed by operators and by the account itself (Basic auth as that
 * account). The secret appears only in the answer to its creation.
 */
@Path("manage/accounts/{username}/api-keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operator: API keys")
@SecurityRequirement(name = "basicAuth")
@OperatorAuthenticated
public class ApiKeyResource {

    private static final Set<String> FIELDS = Set.of("name", "permissions");

    @Schema(name = "ApiKeyRequest")
    public record ApiKeyRequest(
            @Schema(required = true, maxLength = 100) String name,
            @Schema(type = SchemaType.ARRAY, implementation = String.class, required = true, description = "e.g. create:SingleSMS, read:Message, delete:Message, create:Campaign, read:Campaign, "
                    + "delete:Campaign, read:Optout, create:Optout, delete:Optout") List<String> permissions) {
    }

    @Schema(name = "ApiKey")
    public record ApiKeyView(
            String id,
            String name,
            @Schema(description = "The first characters of the secret, to recognise it") String prefix,
            List<String> permissions,
            Instant createdAt,
            @Schema(nullable = true) Instant lastUsedAt,
            @Schema(nullable = true) Instant revokedAt,
            @Schema(nullable = true, description = "Only in the answer to the creation; store it now, it is not kept") String secret) {

        static ApiKeyView of(ApiKey key, String secret) {
            return new ApiKeyView(key.getId(), key.getName(), key.getKeyPrefix(),
                    key.getPermissions().stream().map(Permission::wireName).toList(), key.getCreatedAt(),
                    key.getLastUsedAt().orElse(null), key.getRevokedAt().orElse(null), secret);
        }
    }

    @Inject
    private AccountScope scope;

    @Inject
    private ApiKeyService keys;

    @POST
    @Operation(summary = "Create an API key", description = "ADMIN, or the account itself. The answer holds the secret, shown once.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "ApiKeyRequest")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ApiKeyView.class)))
    @APIResponse(responseCode = "400", description = "Missing name, unknown permission")
    @APIResponse(responseCode = "401", description = "Missing or invalid credentials")
    @APIResponse(responseCode = "403", description = "Neither ADMIN nor the account itself")
    @APIResponse(responseCode = "404", description = "Unknown account")
    public Response create(@Context SecurityContext security, @PathParam("username") String username,
            InputStream body) {
        Account account = accountOf(security, username);
        JsonObject json = JsonRequests.readObject(body, 8192);
        JsonRequests.rejectUnknownFields(json, FIELDS, "API key");
        Set<String> permissions = JsonRequests.stringSet(json, "permissions");
        ApiKeyService.IssuedKey issued = keys.issue(account, JsonRequests.string(json, "name"), permissions);
        return Response.status(Response.Status.CREATED).entity(ApiKeyView.of(issued.key(), issued.secret())).build();
    }

    @GET
    @Operation(summary = "List the account's API keys", description = "Without secrets.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ApiKeyView.class)))
    public List<ApiKeyView> list(@Context SecurityContext security, @PathParam("username") String username) {
        return keys.keysOf(accountOf(security, username)).stream().map(key -> ApiKeyView.of(key, null)).toList();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Revoke an API key", description = "Takes effect at once; the key stays listed as revoked.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ApiKeyView.class)))
    @APIResponse(responseCode = "404", description = "Unknown key")
    public ApiKeyView revoke(@Context SecurityContext security, @PathParam("username") String username,
            @PathParam("id") String id) {
        return ApiKeyView.of(keys.revoke(accountOf(security, username), id), null);
    }

    private Account accountOf(SecurityContext security, String username) {
        return scope.adminOrSelf(security, username, "API keys");
    }
}
