package io.smsgateway.provider.http;

import io.smsgateway.account.AuthenticationFailedException;
import io.smsgateway.account.RequestAuthentication;
import io.smsgateway.kernel.MessageStatus;
import io.smsgateway.kernel.PhoneNumbers;
import io.smsgateway.provider.CallbackTokens;
import io.smsgateway.provider.DeliveryReceipt;
import io.smsgateway.provider.InboundSms;
import io.smsgateway.provider.ProviderCatalog;
import io.smsgateway.provider.ProviderDefinition;
import io.smsgateway.provider.ProviderEvents;
import io.smsgateway.provider.ProviderType;
import io.smsgateway.provider.ReceiptStatuses;
import io.smsgateway.shared.FormBodies;
import io.smsgateway.shared.InvalidInputException;
import io.smsgateway.shared.JsonRequests;
import io.smsgateway.shared.UnknownEntityException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where HTTP upstreams report delivery and inbound messages. {@code status} is a Kannel event code
 * (1, 2, 4, 8, 16) or an SMPP-style word (DELIVRD, UNDELIV, REJECTD, EXPIRED). Every call must be
 * authenticated by the provider's callback token (see {@link CallbackTokens}): as {@code token}, or as
 * an HMAC signature in {@code X-Callback-Signature}; anything else is a 401 that counts toward the
 * per-address throttle.
 */
@Path("callbacks/http/{provider}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Upstream callbacks")
public class HttpCallbackResource {

    private static final int MAX_FORM_BYTES = 16 * 1024;

    @Inject
    private ProviderCatalog catalog;

    @Inject
    private ProviderEvents events;

    @Inject
    private RequestAuthentication requests;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "Delivery report from an HTTP upstream (Kannel dlr-url style)", description = "202 once the report is applied; "
            + "any other answer means it was not, and the upstream should deliver it again.")
    @APIResponse(responseCode = "202", description = "Applied")
    @APIResponse(responseCode = "401", description = "Neither the provider's callback token nor a valid signature")
    public Response report(@PathParam("provider") String provider,
            @Parameter(description = "the id the gateway or upstream gave the message") @QueryParam("id") String id,
            @QueryParam("status") String status, @QueryParam("err") String error, @QueryParam("token") String token,
            @Parameter(description = "sha256=<hex HMAC-SHA256 of the raw query string under the callback token>")
            @HeaderParam(CallbackTokens.SIGNATURE_HEADER) String signature) {
        byte[] query = rawQuery();
        authorize(provider, token, signature, query);
        return applyReport(provider, id, status, error, withoutToken(new String(query, StandardCharsets.UTF_8)));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Delivery report from an HTTP upstream, form-encoded", description = "The signature, when used, is over the raw body.")
    @APIResponse(responseCode = "202", description = "Applied")
    @APIResponse(responseCode = "401", description = "Neither the provider's callback token nor a valid signature")
    public Response reportForm(@PathParam("provider") String provider,
            @HeaderParam(CallbackTokens.SIGNATURE_HEADER) String signature, InputStream body) {
        byte[] raw = JsonRequests.readBounded(body, MAX_FORM_BYTES);
        Map<String, String> form = FormBodies.parse(new String(raw, StandardCharsets.UTF_8));
        authorize(provider, form.get("token"), signature, raw);
        return applyReport(provider, form.get("id"), form.get("status"), form.get("err"), withoutToken(new String(raw, StandardCharsets.UTF_8)));
    }

    @GET
    @Path("inbound")
    @Operation(summary = "Inbound (mobile originated) message from an HTTP upstream", description = "202 once the message is stored; "
            + "any other answer means it was not, and the upstream should deliver it again.")
    @APIResponse(responseCode = "202", description = "Stored")
    @APIResponse(responseCode = "401", description = "Neither the provider's callback token nor a valid signature")
    public Response inbound(@PathParam("provider") String provider, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("text") String text, @QueryParam("token") String token,
            @HeaderParam(CallbackTokens.SIGNATURE_HEADER) String signature) {
        authorize(provider, token, signature, rawQuery());
        if (from == null || to == null || text == null) {
            throw new InvalidInputException("from, to and text are required");
        }
        events.inbound(new InboundSms(provider, PhoneNumbers.withPlus(from), PhoneNumbers.withPlus(to),
                text, null, null, null, Instant.now()));
        return Response.accepted().build();
    }

    private Response applyReport(String provider, String id, String status, String error, String text) {
        if (id == null || id.isBlank() || status == null || status.isBlank()) {
            throw new InvalidInputException("id and status are required");
        }
        events.receipt(new DeliveryReceipt(provider, id, parseStatus(status).orElse(null), error, null, text));
        return Response.accepted().build();
    }

    /** The report as it came, for the log, without the secret that authenticated it. */
    private static String withoutToken(String form) {
        return form.replaceAll("(^|&)token=[^&]*", "$1token=***");
    }

    private byte[] rawQuery() {
        String query = uri.getRequestUri().getRawQuery();
        return (query == null ? "" : query).getBytes(StandardCharsets.UTF_8);
    }

    /** Under the same per-address throttle as the customer APIs: a guessed token would let anyone forge receipts. */
    private void authorize(String provider, String token, String signature, byte[] signed) {
        requests.attempt(() -> {
            ProviderDefinition definition;
            try {
                definition = catalog.get(provider);
            } catch (UnknownEntityException e) {
                throw new AuthenticationFailedException("unknown provider or token");
            }
            if (definition.type() != ProviderType.HTTP || !CallbackTokens.authentic(definition, token, signature, signed, Instant.now())) {
                throw new AuthenticationFailedException("unknown provider or token");
            }
            return definition;
        });
    }

    private static Optional<MessageStatus> parseStatus(String status) {
        try {
            return ReceiptStatuses.fromKannel(Integer.parseInt(status.strip()));
        } catch (NumberFormatException word) {
            return ReceiptStatuses.fromStat(status);
        }
    }
}
