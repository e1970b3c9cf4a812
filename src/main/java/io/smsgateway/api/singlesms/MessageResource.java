package io.smsgateway.api.singlesms;

import io.smsgateway.api.CallerContext;
import io.smsgateway.api.PathIds;
import io.smsgateway.apikey.ApiKey;
import io.smsgateway.apikey.Permission;
import io.smsgateway.message.MessageService;
import io.smsgateway.message.MessageView;
import io.smsgateway.shortlink.ShortLinks;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Reading, listing and cancelling the account's messages in the API-key dialect. */
@Path("messages")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API-key SMS API")
@SecurityRequirement(name = "apiKey")
@ApiKeyAuthenticated
public class MessageResource {

    private static final int MAX_LIST = 1000;

    @Inject
    private MessageService messages;

    @Inject
    private ShortLinks shortLinks;

    @GET
    @Path("scheduled")
    @Operation(summary = "Scheduled messages not sent yet", description = "Permission read:Message. Soonest first.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MessageRecord.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "403", description = "AuthenticationError", content = @Content(schema = @Schema(implementation = Envelopes.Failure.class)))
    @RolesAllowed(Permission.Names.READ_MESSAGE)
    public Envelopes.Many<MessageRecord> scheduled(@Context SecurityContext security,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        ApiKey key = CallerContext.caller(security, ApiKeyCaller.class).key();
        return new Envelopes.Many<>(true, messages.scheduled(key.getAccount(), Math.max(1, Math.min(limit, MAX_LIST))).stream()
                .map(view -> MessageRecord.of(view, List.of()))
                .toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One message with its status and short-link clicks", description = "Permission read:Message.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = MessageRecord.class)))
    @APIResponse(responseCode = "403", description = "AuthenticationError", content = @Content(schema = @Schema(implementation = Envelopes.Failure.class)))
    @APIResponse(responseCode = "404", description = "NotFoundError: unknown, or another account's", content = @Content(schema = @Schema(implementation = Envelopes.Failure.class)))
    @RolesAllowed(Permission.Names.READ_MESSAGE)
    public Envelopes.One<MessageRecord> read(@Context SecurityContext security, @PathParam("id") String id) {
        ApiKey key = CallerContext.caller(security, ApiKeyCaller.class).key();
        return new Envelopes.One<>(true, record(messages.status(PathIds.uuid(id, "message"), key.getAccount())));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Cancel a scheduled message", description = "Permission delete:Message. Only while it is SCHEDULED.")
    @APIResponse(responseCode = "200", description = "Cancelled", content = @Content(schema = @Schema(implementation = MessageRecord.class)))
    @APIResponse(responseCode = "403", description = "AuthenticationError", content = @Content(schema = @Schema(implementation = Envelopes.Failure.class)))
    @APIResponse(responseCode = "404", description = "NotFoundError", content = @Content(schema = @Schema(implementation = Envelopes.Failure.class)))
    @APIResponse(responseCode = "409", description = "ConflictError: already sent or ended", content = @Content(schema = @Schema(implementation = Envelopes.Failure.class)))
    @RolesAllowed(Permission.Names.DELETE_MESSAGE)
    public Envelopes.One<MessageRecord> cancel(@Context SecurityContext security, @PathParam("id") String id) {
        ApiKey key = CallerContext.caller(security, ApiKeyCaller.class).key();
        return new Envelopes.One<>(true, record(messages.cancel(PathIds.uuid(id, "message"), key.getAccount())));
    }

    private MessageRecord record(MessageView view) {
        return MessageRecord.of(view, shortLinks.ofMessage(view.id()).stream()
                .map(link -> MessageRecord.link(link, shortLinks.shortUrl(link.getCode())))
                .toList());
    }
}
