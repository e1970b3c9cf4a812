package io.smsgateway.console;

import io.smsgateway.account.AccessDeniedException;
import io.smsgateway.account.Account;
import io.smsgateway.account.AuthenticationFailedException;
import io.smsgateway.account.Authenticator;
import io.smsgateway.account.RequestAuthentication;
import io.smsgateway.account.Role;
import io.smsgateway.api.WebJars;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The console's page and files, its login and logout. Everything else the page shows or changes goes
 * through the operator API, authenticated by the session cookie set here.
 */
@Path("console")
@RequestScoped
@Tag(name = "Console")
public class ConsoleResource {

    /** The console's own files and the chart library's, by the name the page uses, with their types. */
    private static final Map<String, String> FILES = Map.of(
            "console.css", "console/console.css",
            "console.js", "console/console.js",
            "uPlot.min.css", WebJars.path("org.webjars.npm", "uplot", "dist/uPlot.min.css"),
            "uPlot.iife.min.js", WebJars.path("org.webjars.npm", "uplot", "dist/uPlot.iife.min.js"));
    /** The page runs only its own scripts and styles, and cannot be framed by another site. */
    private static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'";

    private static final String PAGE = page("console/index.html");

    public record SessionView(String username, String csrfToken) {
    }

    @Inject
    private Authenticator authenticator;

    @Inject
    private RequestAuthentication requests;

    @Inject
    private ConsoleSessions sessions;

    @Inject
    private HttpServletRequest request;

    @Inject
    @ConfigProperty(name = "gateway.console.secure-cookie", defaultValue = "true")
    private boolean secureCookie;

    @GET
    @Produces(MediaType.TEXT_HTML)
    @Operation(summary = "The operator console (a page for a browser)")
    public Response page() {
        if (request.getRequestURI().endsWith("/")) {
            // The page's files are named relative to /console; below /console/ they would not be found.
            return Response.seeOther(URI.create(request.getContextPath() + "/console")).build();
        }
        // Links in the page are relative to the application's root, wherever the server mounted it.
        String html = PAGE.replace("%BASE%", request.getContextPath() + "/");
        return secured(Response.ok(html, MediaType.TEXT_HTML + ";charset=utf-8")).header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("{file}")
    @Operation(summary = "A file of the console")
    public Response asset(@PathParam("file") String name) {
        String path = FILES.get(name);
        if (path == null) {
            throw new NotFoundException();
        }
        String type = name.endsWith(".css") ? "text/css;charset=utf-8" : "text/javascript;charset=utf-8";
        return file(path, type).header("Cache-Control", "no-cache").build();
    }

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Log in to the console", description = "An ADMIN account's username and password; sets the session cookie "
            + "and answers the CSRF token that every change must carry in X-CSRF-Token. Same lockout and per-address throttle as the APIs.")
    public Response login(@FormParam("username") String username, @FormParam("password") String password) {
        requireSameOrigin();
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw new AuthenticationFailedException("Username and password are required");
        }
        Account account = requests.attempt(() -> authenticator.authenticate(username, password));
        if (!account.hasRole(Role.ADMIN)) {
            throw new AccessDeniedException("Only operators (accounts with the ADMIN role) use the console");
        }
        ConsoleSessions.Opened opened = sessions.open(account);
        return Response.ok(new SessionView(account.getUsername(), opened.session().csrfToken()))
                .header(HttpHeaders.SET_COOKIE, ConsoleCookie.set(opened.cookieToken(), secureCookie))
                .header("Cache-Control", "no-store")
                .build();
    }

    @GET
    @Path("session")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The console session of this browser", description = "Who is logged in, and the session's CSRF token; 401 without one.")
    public Response session() {
        ConsoleSessions.LiveSession live = requests.attempt(() -> sessions.live(ConsoleCookie.token(request))
                .orElseThrow(() -> new AuthenticationFailedException("Not logged in")));
        return Response.ok(new SessionView(live.operator().getUsername(), live.csrfToken())).header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("logout")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "End the console session", description = "Needs the session's CSRF token in X-CSRF-Token.")
    public Response logout() {
        String token = ConsoleCookie.token(request);
        sessions.live(token).ifPresent(live -> {
            if (!live.allowsChange(request.getHeader(ConsoleCookie.CSRF_HEADER))) {
                throw new AccessDeniedException("Logging out needs the console's CSRF token in " + ConsoleCookie.CSRF_HEADER);
            }
            sessions.close(token);
        });
        return Response.noContent().header(HttpHeaders.SET_COOKIE, ConsoleCookie.clear(secureCookie)).build();
    }

    /**
     * A login posted from another site's page would log the browser in to an account of the attacker's
     * choosing; browsers name the posting page's origin, which must be this server.
     */
    private void requireSameOrigin() {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return; // not a browser, or one that does not tell: no page of another site is involved
        }
        String host = request.getHeader(HttpHeaders.HOST);
        String authority;
        try {
            authority = URI.create(origin).getRawAuthority();
        } catch (IllegalArgumentException e) {
            authority = null;
        }
        if (host == null || !host.equalsIgnoreCase(authority)) {
            throw new AccessDeniedException("The login must come from the console's own page");
        }
    }

    private static String page(String path) {
        try (InputStream content = ConsoleResource.class.getClassLoader().getResourceAsStream(path)) {
            return new String(content.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response.ResponseBuilder file(String path, String type) {
        InputStream content = ConsoleResource.class.getClassLoader().getResourceAsStream(path);
        if (content == null) {
            throw new NotFoundException();
        }
        return secured(Response.ok(content, type));
    }

    private static Response.ResponseBuilder secured(Response.ResponseBuilder response) {
        return response
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "same-origin");
    }
}
