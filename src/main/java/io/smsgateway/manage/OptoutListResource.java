package io.smsgateway.manage;

import io.smsgateway.optout.Optout;
import io.smsgateway.optout.Optouts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The numbers that opted out of an account's messages (by API or by a STOP reply). */
@Path("manage/accounts/{username}/optouts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operator: accounts")
@SecurityRequirement(name = "basicAuth")
@OperatorAuthenticated
public class OptoutListResource {

    public record OptoutView(String number, String source, Instant createdAt) {

        static OptoutView of(Optout optout) {
            return new OptoutView(optout.getNumber(), optout.getSource(), optout.getCreatedAt());
        }
    }

    @Inject
    private AccountScope scope;

    @Inject
    private Optouts optouts;

    @GET
    @Operation(summary = "The account's opt-outs", description = "ADMIN or the account itself.")
    public List<OptoutView> list(@Context SecurityContext security, @PathParam("username") String username) {
        return optouts.list(scope.adminOrSelf(security, username, "opt-outs")).stream().map(OptoutView::of).toList();
    }

    @DELETE
    @Path("{number}")
    @Operation(summary = "Remove an opt-out", description = "The number receives the account's messages again. ADMIN or the account itself.")
    public OptoutView remove(@Context SecurityContext security, @PathParam("username") String username, @PathParam("number") String number) {
        return OptoutView.of(optouts.remove(scope.adminOrSelf(security, username, "opt-outs"), number));
    }
}
