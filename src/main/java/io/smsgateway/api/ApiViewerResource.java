package io.smsgateway.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A browsable view of the OpenAPI document ({@code /api-docs}): Swagger UI from its WebJar, served
 * through JAX-RS because the application owns every path of its context.
 */
@Path("api-docs")
@ApplicationScoped
@Tag(name = "Operations")
public class ApiViewerResource {

    /** The only files the page needs, and their types. */
    private static final Map<String, String> FILES = Map.of(
            "swagger-ui.css", "text/css",
            "swagger-ui-bundle.js", "text/javascript",
            "favicon-32x32.png", "image/png");
    private static final String PAGE = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>sms-gateway API</title>
              <link rel="icon" href="api-docs/favicon-32x32.png">
              <link rel="stylesheet" href="api-docs/swagger-ui.css">
            </head>
            <body>
              <main id="api"></main>
              <script src="api-docs/swagger-ui-bundle.js"></script>
              <script>window.addEventListener('load', () => { window.ui = SwaggerUIBundle({ url: 'openapi', dom_id: '#api' }); });</script>
            </body>
            </html>
            """;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The API documentation in a browser (Swagger UI over GET /openapi)")
    public String page() {
        return PAGE;
    }

    @GET
    @Path("{file}")
    @Operation(summary = "A file of the API viewer")
    public Response file(@PathParam("file") String file) {
        String type = FILES.get(file);
        InputStream content = type == null ? null : ApiViewerResource.class.getClassLoader().getResourceAsStream(WebJars.path("org.webjars", "swagger-ui", file));
        if (content == null) {
            throw new NotFoundException();
        }
        return Response.ok(content, type).header("Cache-Control", "public, max-age=86400").build();
    }
}
