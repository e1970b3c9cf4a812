package io.smsgateway.manage;

import io.smsgateway.account.AccountChanges;
import io.smsgateway.account.AccountService;
import io.smsgateway.account.NewAccount;
import io.smsgateway.account.Role;
import io.smsgateway.shared.InvalidInputException;
import io.smsgateway.shared.JsonRequests;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("manage/accounts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operator: accounts")
@SecurityRequirement(name = "basicAuth")
@OperatorAuthenticated
@RolesAllowed("ADMIN")
public class AccountResource {

    private static final long MAX_BODY = 16 * 1024;
    private static final Set<String> FIELDS = Set.of("username", "password", "lra", "roles", "allowUrls", "referenceServices", "enabled",
            "webhookUrl", "rotateWebhookSecret", "originator", "allowedOriginators", "version");

    @Schema(name = "AccountRequest", description = "All fields optional on PATCH; username cannot change")
    public record AccountRequest(
            @Schema(required = true) String username,
            @Schema(required = true, minLength = 8) String password,
            @Schema(description = "Required unless the account is ADMIN") Integer lra,
            @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "USER, ADMIN") List<String> roles,
            Boolean allowUrls,
            @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "Reference services this account may use; omit for the gateway's defaults") List<String> referenceServices,
            Boolean enabled,
            @Schema(description = "Default status webhook of the account's messages") String webhookUrl,
            @Schema(description = "PATCH only: issue a new webhook signing secret") Boolean rotateWebhookSecret,
            @Schema(description = "PATCH only: default sender id (alphanumeric up to 11, or numeric)") String originator,
            @Schema(type = SchemaType.ARRAY, implementation = String.class, description = "PATCH only: sender ids the account may choose per message; an empty list allows any") List<String> allowedOriginators,
            @Schema(description = "PATCH only: the version last read; the change is refused with 409 if the account changed since") Long version) {
    }

    @Inject
    private AccountService accounts;

    @POST
    @Operation(summary = "Open an account")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(ref = "AccountRequest")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "409", description = "The username is taken")
    public Response create(InputStream body) {
        JsonObject json = JsonRequests.readObject(body, MAX_BODY);
        JsonRequests.rejectUnknownFields(json, FIELDS, "account");
        NewAccount request = new NewAccount(
                JsonRequests.string(json, "username"),
                JsonRequests.string(json, "password"),
                JsonRequests.integer(json, "lra"),
                roles(JsonRequests.stringSet(json, "roles")),
                Boolean.TRUE.equals(JsonRequests.bool(json, "allowUrls")),
                JsonRequests.stringSet(json, "referenceServices"));
        AccountView created = AccountView.of(accounts.create(request));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Operation(summary = "List accounts")
    public List<AccountView> list() {
        return accounts.accounts().stream().map(AccountView::of).toList();
    }

    @GET
    @Path("{username}")
    @Operation(summary = "Read an account")
    @APIResponse(responseCode = "404", description = "No such account")
    public AccountView read(@PathParam("username") String username) {
        return AccountView.of(accounts.account(username));
    }

    @PATCH
    @Path("{username}")
    @Operation(summary = "Change an account", description = "Only the fields present change.")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(ref = "AccountRequest")))
    public AccountView update(@PathParam("username") String username,
            InputStream body) {
        JsonObject json = JsonRequests.readObject(body, MAX_BODY);
        JsonRequests.rejectUnknownFields(json, FIELDS, "account");
        if (json.containsKey("username") && !username.equals(JsonRequests.string(json, "username"))) {
            throw new InvalidInputException("username cannot be changed");
        }
        AccountChanges changes = new AccountChanges(
                Optional.ofNullable(JsonRequests.string(json, "password")),
                Optional.ofNullable(JsonRequests.integer(json, "lra")),
                Optional.ofNullable(JsonRequests.stringSet(json, "roles")).map(AccountResource::roles),
                Optional.ofNullable(JsonRequests.bool(json, "allowUrls")),
                Optional.ofNullable(JsonRequests.stringSet(json, "referenceServices")),
                Optional.ofNullable(JsonRequests.bool(json, "enabled")),
                Optional.ofNullable(JsonRequests.string(json, "webhookUrl")),
                Boolean.TRUE.equals(JsonRequests.bool(json, "rotateWebhookSecret")),
                Optional.ofNullable(JsonRequests.string(json, "originator")),
                Optional.ofNullable(JsonRequests.stringSet(json, "allowedOriginators")),
                Optional.ofNullable(JsonRequests.integer(json, "version")).map(Integer::longValue));
        return AccountView.of(accounts.update(username, changes));
    }

    @DELETE
    @Path("{username}")
    @Operation(summary = "Disable an account", description = "Accounts are never deleted: their messages keep their owner.")
    public AccountView disable(@PathParam("username") String username) {
        return AccountView.of(accounts.update(username, AccountChanges.disable()));
    }

    private static Set<Role> roles(Set<String> names) {
        if (names == null) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : names) {
            try {
                roles.add(Role.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("roles must be USER or ADMIN, not '" + name + "'");
            }
        }
        if (roles.isEmpty()) {
            throw new InvalidInputException("roles must not be empty");
        }
        return roles;
    }
}
