package io.smsgateway.manage;

import io.smsgateway.policy.Watchlist;
import io.smsgateway.policy.WatchlistEntry;
import io.smsgateway.shared.InvalidInputException;
import io.smsgateway.shared.JsonRequests;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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

@Path("manage/watchlist")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operator: watchlist")
@SecurityRequirement(name = "basicAuth")
@OperatorAuthenticated
@RolesAllowed("ADMIN")
public class WatchlistResource {

    @Schema(name = "WatchlistRequest")
    public record WatchlistRequest(
            @Schema(required = true, example = "+393401234567") String number,
            @Schema(enumeration = {"EXACT", "PREFIX"}, defaultValue = "EXACT") String match,
            String reason) {
    }

    @Schema(name = "WatchlistEntry")
    public record WatchlistView(long id, String number, String match, String reason, Instant createdAt) {

        static WatchlistView of(WatchlistEntry entry) {
            return new WatchlistView(entry.getId(), entry.getPattern(), entry.getMatchType().name(), entry.getReason(), entry.getCreatedAt());
        }
    }

    @Inject
    private Watchlist watchlist;

    @POST
    @Operation(summary = "Block a number or a prefix")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(ref = "WatchlistRequest")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = WatchlistView.class)))
    @APIResponse(responseCode = "409", description = "Already on the watchlist")
    public Response add(InputStream body) {
        JsonObject json = JsonRequests.readObject(body, 4096);
        JsonRequests.rejectUnknownFields(json, Set.of("number", "match", "reason"), "watchlist entry");
        String match = JsonRequests.string(json, "match");
        WatchlistEntry.MatchType type;
        try {
            type = match == null ? WatchlistEntry.MatchType.EXACT : WatchlistEntry.MatchType.valueOf(match);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("match must be EXACT or PREFIX");
        }
        WatchlistEntry entry = watchlist.add(JsonRequests.string(json, "number"), type, JsonRequests.string(json, "reason"));
        return Response.status(Response.Status.CREATED).entity(WatchlistView.of(entry)).build();
    }

    @GET
    @Operation(summary = "List the watchlist")
    public List<WatchlistView> list() {
        return watchlist.entries().stream().map(WatchlistView::of).toList();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Unblock")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such entry")
    public Response remove(@PathParam("id") long id) {
        watchlist.remove(id);
        return Response.noContent().build();
    }
}
