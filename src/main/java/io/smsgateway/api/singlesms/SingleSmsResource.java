package io.smsgateway.api.singlesms;

import io.smsgateway.api.CallerContext;
import io.smsgateway.api.Completions;
import io.smsgateway.apikey.ApiKey;
import io.smsgateway.apikey.Permission;
import io.smsgateway.message.MessageService;
import io.smsgateway.message.Reference;
import io.smsgateway.message.SendCommand;
import io.smsgateway.metrics.GatewayMetrics;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /send/single}: translates the API-key dialect to the core's {@link MessageService} and
 * back. One instance serves every request (one made per request resolved its injections and its
 * configuration on each send).
 */
@Path("send/single")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API-key SMS API")
@SecurityRequirement(name = "apiKey")
@ApiKeyAuthenticated
public class SingleSmsResource {

    static final String TYPE = "SingleSMS";

    @Inject
    private MessageService messages;

    @Inject
    private GatewayMetrics metrics;

    @Inject
    @ConfigProperty(name = "gateway.api.max-body-bytes", defaultValue = "65536")
    private long maxBodyBytes;

    @POST
    @Operation(summary = "Send one SMS", description = "Permission create:SingleSMS. Stores the message (or schedules it) before answering.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SingleSmsRequest")))
    @APIResponse(responseCode = "200", description = "Accepted or scheduled", content = @Content(schema = @Schema(implementation = Envelopes.SingleSmsAccepted.class)))
    @APIResponse(responseCode = "400", description = "ValidationError", content = @Content(schema = @Schema(implementation = Envelopes.Failure.class)))
    @APIResponse(responseCode = "403", description = "AuthenticationError: missing, unknown or revoked key, or no create:SingleSMS",
            content = @Content(schema = @Schema(implementation = Envelopes.Failure.class)))
    @APIResponse(responseCode = "429", description = "RateLimitError (anti-flooding)", content = @Content(schema = @Schema(implementation = Envelopes.Failure.class)))
    @APIResponse(responseCode = "503", description = "ServiceUnavailableError: no provider serves the recipient", content = @Content(schema = @Schema(implementation = Envelopes.Failure.class)))
    @RolesAllowed(Permission.Names.CREATE_SINGLE_SMS)
    public CompletionStage<Envelopes.SingleSmsAccepted> send(@Context SecurityContext security, InputStream body) {
        ApiKey key = CallerContext.caller(security, ApiKeyCaller.class).key();
        SingleSmsRequest request = SingleSmsRequest.from(WireFields.readObject(body, maxBodyBytes));
        SendCommand command = new SendCommand(key.getAccount(), key.getAccount(), request.recipient(), request.text(), Reference.NONE,
                null, null, request.originator(), request.reference(),
                SendCommand.Options.single(request.scheduleDateTime(), request.excludeOptouts(), request.shortenUrls()));
        return Completions.unwrapped(messages.acceptAsync(command).thenApply(accepted -> {
            metrics.accepted("singlesms");
            return new Envelopes.SingleSmsAccepted(true, new Envelopes.SingleSmsRecord(accepted.id().toString(), TYPE,
                    Envelopes.instant(accepted.sendAt()), accepted.willBeSent() ? 1 : 0));
        }));
    }
}
