package io.smsgateway.provider.http;

import io.smsgateway.account.AuthenticationFailedException;
import io.smsgateway.api.RequestAuthentication;
import io.smsgateway.message.MessageStatus;
import io.smsgateway.message.PhoneNumbers;
import io.smsgateway.provider.DeliveryReceipt;
import io.smsgateway.provider.InboundSms;
import io.smsgateway.provider.ProviderCatalog;
import io.smsgateway.provider.ProviderDefinition;
import io.smsgateway.provider.ProviderEvents;
import io.smsgateway.provider.ProviderType;
import io.smsgateway.provider.ReceiptStatuses;
import io.smsgateway.shared.InvalidInputException;
import io.smsgateway.shared.UnknownEntityException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Where HTTP upstreams report delivery and inbound messages. {@code status} is a Kannel event code
 * (1, 2, 4, 8, 16) or an SMPP-style word (DELIVRD, UNDELIV, REJECTD, EXPIRED). When the provider has a
 * {@code callbackToken}, each call must carry it as {@code token}.
 */
@Path("callbacks/http/{provider}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Upstream callbacks")
public class HttpCallbackResource {

    @Inject
    private ProviderCatalog catalog;

    @Inject
    private ProviderEvents events;

    @Inject
    private RequestAuthentication requests;

    @GET
    @Operation(summary = "Delivery report from an HTTP upstream (Kannel dlr-url style)", description = "202 once the report is applied; "
            + "any other answer means it was not, and the upstream should deliver it again.")
    public Response report(@PathParam("provider") String provider,
            @Parameter(description = "the id the gateway or upstream gave the message") @QueryParam("id") String id,
            @QueryParam("status") String status, @QueryParam("err") String error, @QueryParam("token") String token) {
        authorize(provider, token);
        if (id == null || id.isBlank() || status == null || status.isBlank()) {
            throw new InvalidInputException("id and status are required");
        }
        events.receipt(new DeliveryReceipt(provider, id, parseStatus(status).orElse(null), error));
        return Response.accepted().build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Delivery report from an HTTP upstream, form-encoded")
    public Response reportForm(@PathParam("provider") String provider, @FormParam("id") String id,
            @FormParam("status") String status, @FormParam("err") String error, @FormParam("token") String token) {
        return report(provider, id, status, error, token);
    }

    @GET
    @Path("inbound")
    @Operation(summary = "Inbound (mobile originated) message from an HTTP upstream", description = "202 once the message is stored; "
            + "any other answer means it was not, and the upstream should deliver it again.")
    public Response inbound(@PathParam("provider") String provider, @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("text") String text, @QueryParam("token") String token) {
        authorize(provider, token);
        if (from == null || to == null || text == null) {
            throw new InvalidInputException("from, to and text are required");
        }
        events.inbound(new InboundSms(provider, PhoneNumbers.withPlus(from), PhoneNumbers.withPlus(to),
                text, null, null, null, Instant.now()));
        return Response.accepted().build();
    }

    /** Under the same per-address throttle as the customer APIs: a guessed token would let anyone forge receipts. */
    private void authorize(String provider, String token) {
        requests.attempt(() -> {
            ProviderDefinition definition;
            try {
                definition = catalog.get(provider);
            } catch (UnknownEntityException e) {
                throw new AuthenticationFailedException("unknown provider or token");
            }
            String expected = definition.settings().get("callbackToken");
            if (definition.type() != ProviderType.HTTP || (expected != null && !constantTimeEquals(expected, token))) {
                throw new AuthenticationFailedException("unknown provider or token");
            }
            return definition;
        });
    }

    private static boolean constantTimeEquals(String expected, String actual) {
        return actual != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), actual.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<MessageStatus> parseStatus(String status) {
        try {
            return ReceiptStatuses.fromKannel(Integer.parseInt(status.strip()));
        } catch (NumberFormatException word) {
            return ReceiptStatuses.fromStat(status);
        }
    }
}
