package io.smsgateway.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A request through the HTTP and JAX-RS stack that does nothing else: for load balancers, and the benchmark's baseline. */
@Path("ping")
@Tag(name = "Health")
public class PingResource {

    @GET
    @Operation(summary = "No-op round trip", description = "No authentication, no database.")
    @APIResponse(responseCode = "204", description = "The application answers")
    public Response ping() {
        return Response.noContent().build();
    }
}
