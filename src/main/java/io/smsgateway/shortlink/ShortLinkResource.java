package io.smsgateway.shortlink;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where recipients land when they open a short link. */
@Path("s/{code}")
@RequestScoped
@Tag(name = "Short links")
public class ShortLinkResource {

    @Inject
    private ShortLinks links;

    @GET
    @Operation(summary = "Follow a short link", description = "Counts the click and redirects to the original URL.")
    @APIResponse(responseCode = "302", description = "Redirect to the original URL")
    @APIResponse(responseCode = "404", description = "Unknown code")
    public Response follow(@PathParam("code") String code) {
        return links.follow(code)
                .map(url -> Response.status(Response.Status.FOUND).location(URI.create(url)).build())
                .orElseThrow(NotFoundException::new);
    }
}
