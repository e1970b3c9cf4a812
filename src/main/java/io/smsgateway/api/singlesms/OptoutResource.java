package io.smsgateway.api.singlesms;

import io.smsgateway.api.CallerContext;
import io.smsgateway.apikey.ApiKey;
import io.smsgateway.apikey.Permission;
import io.smsgateway.optout.Optout;
import io.smsgateway.optout.Optouts;
import io.smsgateway.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The account's opt-out list. Inbound STOP replies add to it as well. */
@Path("optouts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API-key SMS API")
@SecurityRequirement(name = "apiKey")
@ApiKeyAuthenticated
public class OptoutResource {

    @Inject
    private Optouts optouts;

    @Schema(name = "OptoutRecord")
    public record OptoutRecord(String number, @Schema(enumeration = {"API", "INBOUND"}) String source, String createdAt) {

        static OptoutRecord of(Optout optout) {
            return new OptoutRecord(optout.getNumber(), optout.getSource(), Envelopes.instant(optout.getCreatedAt()));
        }
    }

    @Schema(name = "OptoutRequest")
    public record OptoutRequest(@Schema(required = true, description = "International format, with or without +") String number) {
    }

    @GET
    @Operation(summary = "List opted-out numbers", description = "Permission read:Optout.")
    @APIResponse(responseCode = "200", description = "The list, oldest first")
    @APIResponse(responseCode = "403", description = "AuthenticationError", content = @Content(schema = @Schema(implementation = Envelopes.Failure.class)))
    @RolesAllowed(Permission.Names.READ_OPTOUT)
    public Envelopes.Many<OptoutRecord> list(@Context SecurityContext security) {
        ApiKey key = CallerContext.caller(security, ApiKeyCaller.class).key();
        return new Envelopes.Many<>(true, optouts.list(key.getAccount()).stream().map(OptoutRecord::of).toList());
    }

    @POST
    @Operation(summary = "Opt a number out", description = "Permission create:Optout. Idempotent.")
    @RequestBody(required = true, content = @Content(mediaType = "application/json", schema = @Schema(ref = "OptoutRequest")))
    @APIResponse(responseCode = "200", description = "On the list")
    @APIResponse(responseCode = "400", description = "ValidationError", content = @Content(schema = @Schema(implementation = Envelopes.Failure.class)))
    @APIResponse(responseCode = "403", description = "AuthenticationError", content = @Content(schema = @Schema(implementation = Envelopes.Failure.class)))
    @RolesAllowed(Permission.Names.CREATE_OPTOUT)
    public Envelopes.One<OptoutRecord> add(@Context SecurityContext security, InputStream body) {
        ApiKey key = CallerContext.caller(security, ApiKeyCaller.class).key();
        String number = WireFields.required(WireFields.readObject(body, 4096), "number");
        try {
            return new Envelopes.One<>(true, OptoutRecord.of(optouts.add(key.getAccount(), WireFields.internationalNumber(number), Optout.Source.API)));
        } catch (InvalidInputException e) {
            throw ValidationFailure.invalid("Number", e.getMessage());
        }
    }

    @DELETE
    @Path("{number}")
    @Operation(summary = "Remove a number from the list", description = "Permission delete:Optout.")
    @APIResponse(responseCode = "200", description = "Removed")
    @APIResponse(responseCode = "403", description = "AuthenticationError", content = @Content(schema = @Schema(implementation = Envelopes.Failure.class)))
    @APIResponse(responseCode = "404", description = "NotFoundError: not on the list", content = @Content(schema = @Schema(implementation = Envelopes.Failure.class)))
    @RolesAllowed(Permission.Names.DELETE_OPTOUT)
    public Envelopes.One<OptoutRecord> remove(@Context SecurityContext security, @PathParam("number") String number) {
        ApiKey key = CallerContext.caller(security, ApiKeyCaller.class).key();
        return new Envelopes.One<>(true, OptoutRecord.of(optouts.remove(key.getAccount(), WireFields.internationalNumber(number))));
    }
}
