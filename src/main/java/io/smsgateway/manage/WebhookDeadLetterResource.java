package io.smsgateway.manage;

import io.smsgateway.shared.InvalidInputException;
import io.smsgateway.webhook.WebhookDelivery;
import io.smsgateway.webhook.WebhookSender;
import io.smsgateway.webhook.WebhookStore;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Status notifications given up after every attempt, and sending one of them again. */
@Path("manage/webhooks/dead")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operator: webhooks")
@SecurityRequirement(name = "basicAuth")
@OperatorAuthenticated
@RolesAllowed("ADMIN")
public class WebhookDeadLetterResource {

    @Inject
    private WebhookStore webhooks;

    @Inject
    private WebhookSender sender;

    @GET
    @Operation(summary = "Dead letters, most recent first", description = "The receiver's URL, the attempts and the last answer; "
            + "credentials and signing secrets are left out.")
    public List<WebhookDelivery.View> list(@QueryParam("limit") Integer limit) {
        int max = limit == null ? 100 : limit;
        if (max < 1 || max > 500) {
            throw new InvalidInputException("limit must be between 1 and 500");
        }
        return webhooks.deadLetters(max);
    }

    @POST
    @Path("{id}/redeliver")
    @Operation(summary = "Send a dead letter again", description = "It is queued with the full schedule of retries.")
    public WebhookDelivery.View redeliver(@PathParam("id") String id) {
        WebhookDelivery.View queued = webhooks.redeliver(id);
        sender.wake();
        return queued;
    }
}
