package io.smsgateway.api.namirial;

import io.smsgateway.account.Account;
import io.smsgateway.account.OnBehalfOf;
import io.smsgateway.api.AccountCaller;
import io.smsgateway.api.BasicAuthenticated;
import io.smsgateway.api.CallerContext;
import io.smsgateway.api.Completions;
import io.smsgateway.api.PathIds;
import io.smsgateway.message.MessageService;
import io.smsgateway.message.Reference;
import io.smsgateway.message.SendCommand;
import io.smsgateway.message.WebhookTarget;
import io.smsgateway.metrics.GatewayMetrics;
import io.smsgateway.shared.JsonRequests;
import io.smsgateway.webhook.StatusNotification;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.callbacks.Callback;
import org.eclipse.microprofile.openapi.annotations.callbacks.CallbackOperation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Namirial-style send and status API. It only translates between that wire format and the
 * core's {@link MessageService}. One instance serves every request (one made per request resolved
 * its injections and its configuration on each send).
 */
@Path("api")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Namirial-style SMS API")
@SecurityRequirement(name = "basicAuth")
@BasicAuthenticated
public class NamirialSendResource {

    static final String ACCEPTED = "0: Accepted for delivery";

    @Inject
    private OnBehalfOf onBehalfOf;

    @Inject
    private MessageService messages;

    @Inject
    private GatewayMetrics metrics;

    @Inject
    @ConfigProperty(name = "gateway.api.max-body-bytes", defaultValue = "65536")
    private long maxBodyBytes;

    @POST
    @Path("Services/send")
    @Callback(name = "statusNotification", callbackUrlExpression = "{$request.body#/webhook/url}",
            operations = @CallbackOperation(method = "post", summary = "Status change of the message",
                    requestBody = @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StatusNotification.class))),
                    responses = @APIResponse(responseCode = "2XX", description = "Only a 2xx answer stops the retries")))
    @Operation(summary = "Send an SMS", description = "Checks, stores and queues one SMS; delivery happens asynchronously.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SendRequest")))
    @APIResponse(responseCode = "200", description = "Accepted for delivery", content = @Content(schema = @Schema(implementation = SendResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed request (code 400)", content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "401", description = "Missing or invalid credentials (code 63)", content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "413", description = "Body too large", content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "500", description = "Refused: 8, 56, 59, 60, 61, 64, 66 or 74", content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public CompletionStage<SendResponse> send(@Context SecurityContext security, InputStream body) {
        Account caller = CallerContext.caller(security, AccountCaller.class).account();
        SendRequest request = SendRequest.from(JsonRequests.readObject(body, maxBodyBytes));
        return accept(caller, caller, request);
    }

    @POST
    @Path("Admin/send")
    @Callback(name = "statusNotification", callbackUrlExpression = "{$request.body#/webhook/url}",
            operations = @CallbackOperation(method = "post", summary = "Status change of the message",
                    requestBody = @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = StatusNotification.class))),
                    responses = @APIResponse(responseCode = "2XX", description = "Only a 2xx answer stops the retries")))
    @Operation(summary = "Send an SMS on behalf of an account", description = "ADMIN role required; `account` and `lra` choose the owner of the message.")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "SendRequest")))
    @APIResponse(responseCode = "200", description = "Accepted for delivery", content = @Content(schema = @Schema(implementation = SendResponse.class)))
    @APIResponse(responseCode = "400", description = "Malformed request, unknown account, account outside the lra (code 400)", content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "401", description = "Missing or invalid credentials (code 63)", content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "403", description = "Caller is not ADMIN (code 63)", content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "500", description = "Refused: 8, 56, 59, 60, 61, 64, 66 or 74", content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @RolesAllowed("ADMIN")
    public CompletionStage<SendResponse> adminSend(@Context SecurityContext security, InputStream body) {
        Account caller = CallerContext.caller(security, AccountCaller.class).account();
        SendRequest request = SendRequest.from(JsonRequests.readObject(body, maxBodyBytes));
        Account owner = onBehalfOf.resolveOwner(caller, request.account(), request.lra());
        return accept(caller, owner, request);
    }

    @GET
    @Path("Services/status/{id}")
    @Operation(summary = "Status of a message", description = "Visible to the message's owner and to administrators.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StatusResponse.class)))
    @APIResponse(responseCode = "401", description = "Missing or invalid credentials (code 63)", content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    @APIResponse(responseCode = "404", description = "Unknown id, or not the caller's", content = @Content(schema = @Schema(implementation = ErrorResponse.class)))
    public StatusResponse status(@Context SecurityContext security, @PathParam("id") String id) {
        Account caller = CallerContext.caller(security, AccountCaller.class).account();
        return StatusResponse.of(messages.status(PathIds.uuid(id, "message"), caller));
    }

    private CompletionStage<SendResponse> accept(Account sender, Account owner, SendRequest request) {
        SendRequest.Reference reference = request.reference();
        SendRequest.Webhook webhook = request.webhook();
        SendCommand command = new SendCommand(
                sender,
                owner,
                request.destination(),
                request.text(),
                reference == null ? Reference.NONE : new Reference(reference.service(), reference.action(), reference.key()),
                request.businessRelationId(),
                webhook == null ? null : new WebhookTarget(webhook.url(),
                        webhook.authentication() == null ? "NONE" : webhook.authentication().type(),
                        webhook.authentication() == null ? null : webhook.authentication().value()),
                null,
                null,
                SendCommand.Options.NONE);
        boolean detailed = Boolean.TRUE.equals(request.detailed());
        return Completions.unwrapped(messages.acceptAsync(command)
                .thenApply(accepted -> {
                    metrics.accepted("namirial");
                    return new SendResponse(accepted.id().toString(), ACCEPTED, detailed ? accepted.provider() : null);
                }));
    }
}
