package io.smsgateway.manage;

import io.smsgateway.account.Account;
import io.smsgateway.serviceaccount.PlatformRole;
import io.smsgateway.serviceaccount.ServiceAccount;
import io.smsgateway.serviceaccount.ServiceAccounts;
import io.smsgateway.shared.JsonRequests;
import io.smsgateway.shared.Jsons;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
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
 * Service accounts (JWT signing keys) of an account for the platform API, managed by operators and
 * by the account itself. A generated private key is returned once, as the {@code credentials.json}
 * file the platform's client code reads.
 */
@Path("manage/accounts/{username}/service-accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operator: service accounts")
@SecurityRequirement(name = "basicAuth")
@OperatorAuthenticated
public class ServiceAccountResource {

    private static final Set<String> FIELDS = Set.of("roles", "publicKey", "description");

    @Schema(name = "ServiceAccountRequest")
    public record ServiceAccountRequest(
            @Schema(type = SchemaType.ARRAY, implementation = String.class, required = true, description = "Owner, Admin, Developer, CallsSMS (may send SMS); Supervisor, Support, Accountant")
            List<String> roles,
            @Schema(description = "Your own RSA public key (PEM, at least 2048 bits); omit to have a key pair generated") String publicKey,
            String description) {
    }

    @Schema(name = "ServiceAccount")
    public record ServiceAccountView(String keyId, long accountId, List<String> roles, String description, String publicKey,
            Instant createdAt, @Schema(nullable = true) Instant revokedAt) {

        static ServiceAccountView of(ServiceAccount serviceAccount) {
            return new ServiceAccountView(serviceAccount.getKeyId(), serviceAccount.getAccount().getId(),
                    serviceAccount.getRoles().stream().map(PlatformRole::wireName).toList(), serviceAccount.getDescription().orElse(null),
                    ServiceAccounts.publicKeyPem(serviceAccount), serviceAccount.getCreatedAt(), serviceAccount.getRevokedAt().orElse(null));
        }
    }

    @Inject
    private AccountScope scope;

    @Inject
    private ServiceAccounts serviceAccounts;

    @POST
    @Operation(summary = "Create a service account", description = "Without publicKey: the answer is the credentials.json download with "
            + "account_id, key_id and the generated private_key, shown only this once. With publicKey: the service account.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "ServiceAccountRequest")))
    @APIResponse(responseCode = "201", description = "credentials.json, or the service account")
    @APIResponse(responseCode = "400", description = "No or unknown role, unreadable or short public key")
    @APIResponse(responseCode = "403", description = "Neither ADMIN nor the account itself")
    public Response create(@Context SecurityContext security, @PathParam("username") String username,
            InputStream body) {
        Account account = scope.adminOrSelf(security, username, "service accounts");
        JsonObject json = JsonRequests.readObject(body, 16 * 1024);
        JsonRequests.rejectUnknownFields(json, FIELDS, "service account");
        ServiceAccounts.Created created = serviceAccounts.create(account, JsonRequests.stringSet(json, "roles"),
                JsonRequests.string(json, "publicKey"), JsonRequests.string(json, "description"));
        ServiceAccount serviceAccount = created.serviceAccount();
        if (created.privateKeyPem() == null) {
            return Response.status(Response.Status.CREATED).entity(ServiceAccountView.of(serviceAccount)).build();
        }
        JsonArrayBuilder roles = Jsons.array();
        serviceAccount.getRoles().forEach(role -> roles.add(role.wireName()));
        String credentials = Jsons.object()
                .add("account_id", account.getId())
                .add("account_name", account.getUsername())
                .add("key_id", serviceAccount.getKeyId())
                .add("roles", roles)
                .add("private_key", created.privateKeyPem())
                .build().toString();
        return Response.status(Response.Status.CREATED)
                .header("Content-Disposition", "attachment; filename=\"credentials.json\"")
                .header("Cache-Control", "no-store")
                .entity(credentials)
                .build();
    }

    @GET
    @Operation(summary = "List the account's service accounts", description = "Public keys only.")
    public List<ServiceAccountView> list(@Context SecurityContext security, @PathParam("username") String username) {
        return serviceAccounts.of(scope.adminOrSelf(security, username, "service accounts")).stream().map(ServiceAccountView::of).toList();
    }

    @DELETE
    @Path("{keyId}")
    @Operation(summary = "Revoke a service account", description = "Its tokens are refused from now on.")
    @APIResponse(responseCode = "404", description = "Unknown key id")
    public ServiceAccountView revoke(@Context SecurityContext security, @PathParam("username") String username,
            @PathParam("keyId") String keyId) {
        return ServiceAccountView.of(serviceAccounts.revoke(scope.adminOrSelf(security, username, "service accounts"), keyId));
    }
}
