package io.smsgateway.manage;

import io.smsgateway.account.AccountService;
import io.smsgateway.shared.InvalidInputException;
import io.smsgateway.shared.JsonRequests;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("manage/lras")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operator: LRAs")
@SecurityRequirement(name = "basicAuth")
@OperatorAuthenticated
@RolesAllowed("ADMIN")
public class LraResource {

    private static final long MAX_BODY = 16 * 1024;

    @Schema(name = "LraRequest")
    public record LraRequest(@Schema(description = "Required on POST; on PUT the path names the LRA") Integer id, @Schema(required = true) String name) {
    }

    @Inject
    private AccountService accounts;

    @POST
    @Operation(summary = "Create an LRA")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(ref = "LraRequest")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = LraView.class)))
    @APIResponse(responseCode = "409", description = "The id is taken")
    public Response create(InputStream body) {
        JsonObject json = JsonRequests.readObject(body, MAX_BODY);
        JsonRequests.rejectUnknownFields(json, Set.of("id", "name"), "LRA");
        Integer id = JsonRequests.integer(json, "id");
        if (id == null) {
            throw new InvalidInputException("Field 'id' is required");
        }
        LraView created = LraView.of(accounts.createLra(id, JsonRequests.string(json, "name")));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @GET
    @Operation(summary = "List LRAs")
    public List<LraView> list() {
        return accounts.lras().stream().map(LraView::of).toList();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "Read an LRA")
    @APIResponse(responseCode = "404", description = "No such LRA")
    public LraView read(@PathParam("id") int id) {
        return LraView.of(accounts.lra(id));
    }

    @PUT
    @Path("{id}")
    @Operation(summary = "Rename an LRA")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(ref = "LraRequest")))
    public LraView rename(@PathParam("id") int id, InputStream body) {
        JsonObject json = JsonRequests.readObject(body, MAX_BODY);
        JsonRequests.rejectUnknownFields(json, Set.of("id", "name"), "LRA");
        return LraView.of(accounts.renameLra(id, JsonRequests.string(json, "name")));
    }
}
