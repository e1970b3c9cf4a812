package io.smsgateway.manage;

import io.smsgateway.account.Account;
import io.smsgateway.number.AccountNumber;
import io.smsgateway.number.AccountNumbers;
import io.smsgateway.shared.InvalidInputException;
import io.smsgateway.shared.JsonRequests;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Phone numbers of an account: operators assign them and say whether they support SMS; the account
 * itself may list them and switch SMS on or off (as with the platform's ControlSms).
 */
@Path("manage/accounts/{username}/phone-numbers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operator: phone numbers")
@SecurityRequirement(name = "basicAuth")
@OperatorAuthenticated
public class PhoneNumberResource {

    @Schema(name = "PhoneNumberRequest")
    public record PhoneNumberRequest(
            @Schema(required = true, description = "International format, with or without +") String number,
            @Schema(description = "Whether the number can send SMS at all (default true)") Boolean smsSupported,
            @Schema(description = "PATCH: switch SMS on or off") Boolean smsEnabled) {
    }

    @Schema(name = "PhoneNumber")
    public record PhoneNumberView(long id, String number, boolean smsSupported, boolean smsEnabled, Instant createdAt) {

        static PhoneNumberView of(AccountNumber number) {
            return new PhoneNumberView(number.getId(), number.getNumber(), number.isSmsSupported(), number.isSmsEnabled(), number.getCreatedAt());
        }
    }

    @Inject
    private AccountScope scope;

    @Inject
    private AccountNumbers numbers;

    @POST
    @Operation(summary = "Assign a number to the account", description = "ADMIN only. SMS starts switched off.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "PhoneNumberRequest")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = PhoneNumberView.class)))
    @APIResponse(responseCode = "409", description = "The number belongs to an account already")
    public Response add(@Context SecurityContext security, @PathParam("username") String username, InputStream body) {
        Account account = scope.adminOnly(security, username);
        JsonObject json = JsonRequests.readObject(body, 4096);
        JsonRequests.rejectUnknownFields(json, Set.of("number", "smsSupported"), "phone number");
        Boolean supported = JsonRequests.bool(json, "smsSupported");
        AccountNumber added = numbers.add(account, JsonRequests.string(json, "number"), supported == null || supported);
        return Response.status(Response.Status.CREATED).entity(PhoneNumberView.of(added)).build();
    }

    @GET
    @Operation(summary = "The account's numbers", description = "ADMIN or the account itself.")
    public List<PhoneNumberView> list(@Context SecurityContext security, @PathParam("username") String username) {
        return numbers.numbersOf(scope.adminOrSelf(security, username, "phone numbers")).stream().map(PhoneNumberView::of).toList();
    }

    @PATCH
    @Path("{number}")
    @Operation(summary = "Change a number", description = "smsSupported: ADMIN only; smsEnabled: ADMIN or the account itself.")
    @APIResponse(responseCode = "409", description = "SMS switched on for a number that does not support it")
    public PhoneNumberView change(@Context SecurityContext security, @PathParam("username") String username,
            @PathParam("number") String number, InputStream body) {
        JsonObject json = JsonRequests.readObject(body, 4096);
        JsonRequests.rejectUnknownFields(json, Set.of("smsSupported", "smsEnabled"), "phone number");
        Boolean supported = JsonRequests.bool(json, "smsSupported");
        Boolean enabled = JsonRequests.bool(json, "smsEnabled");
        if (supported == null && enabled == null) {
            throw new InvalidInputException("give smsSupported or smsEnabled");
        }
        Account account = supported != null ? scope.adminOnly(security, username) : scope.adminOrSelf(security, username, "phone numbers");
        AccountNumber changed = null;
        if (supported != null) {
            changed = numbers.updateSupport(account, number, supported);
        }
        if (enabled != null) {
            changed = numbers.controlSms(account, number, enabled);
        }
        return PhoneNumberView.of(changed);
    }

    @DELETE
    @Path("{number}")
    @Operation(summary = "Take a number away from the account", description = "ADMIN only.")
    public PhoneNumberView remove(@Context SecurityContext security, @PathParam("username") String username,
            @PathParam("number") String number) {
        return PhoneNumberView.of(numbers.remove(scope.adminOnly(security, username), number));
    }
}
