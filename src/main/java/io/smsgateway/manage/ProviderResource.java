package io.smsgateway.manage;

import io.smsgateway.provider.ActiveProvider;
import io.smsgateway.provider.ProviderCatalog;
import io.smsgateway.provider.ProviderDefinition;
import io.smsgateway.provider.ProviderRegistry;
import io.smsgateway.provider.ProviderType;
import io.smsgateway.shared.InvalidInputException;
import io.smsgateway.shared.JsonRequests;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("manage/providers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operator: providers")
@SecurityRequirement(name = "basicAuth")
@OperatorAuthenticated
@RolesAllowed("ADMIN")
public class ProviderResource {

    private static final Set<String> FIELDS = Set.of("name", "type", "enabled", "priority", "prefixes", "throughput", "settings");

    @Schema(name = "Provider", description = "Secrets in settings (password, token, ...) are masked when read")
    public record ProviderView(
            String name,
            @Schema(enumeration = {"SMPP", "HTTP", "SIMULATOR"}) String type,
            boolean enabled,
            int priority,
            List<String> prefixes,
            @Schema(description = "parts per second, for the whole cluster (each instance paces itself to its share)") int throughput,
            Map<String, String> settings,
            @Schema(description = "bound/connected and circuit closed, on this instance") boolean available,
            @Schema(description = "UP, CONNECTING, CIRCUIT_OPEN or DISABLED, on this instance") String state,
            @Schema(description = "What this instance sent through it lately; absent while it is not running") ActiveProvider.Figures figures,
            @Schema(description = "HTTP providers: the callback token, only in the answer that created it (when it was generated)"
                    + " or rotated it; masked in settings everywhere else") String callbackToken) {
    }

    @Inject
    private ProviderCatalog catalog;

    @Inject
    private ProviderRegistry registry;

    @Inject
    @ConfigProperty(name = "gateway.provider.callback-token-grace-hours", defaultValue = "48")
    private long callbackTokenGraceHours;

    @POST
    @Operation(summary = "Add a provider", description = "SMPP settings: host, port, systemId, password, systemType, bindType (TRX|TX_RX), "
            + "sourceAddress, window, enquireLinkSeconds, responseTimeoutMillis, throttleRetries. HTTP settings: preset (generic|kannel), "
            + "url, method, body, contentType, authorization, idPattern, successPattern, callbackToken, username, password.")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(ref = "Provider")))
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = ProviderView.class)))
    @APIResponse(responseCode = "409", description = "The name is taken")
    public Response create(InputStream body) {
        ProviderCatalog.Created created = catalog.create(definition(null, JsonRequests.readObject(body, 32 * 1024)));
        return Response.status(Response.Status.CREATED).entity(view(created.definition(), created.generatedCallbackToken())).build();
    }

    @GET
    @Operation(summary = "List providers")
    public List<ProviderView> list() {
        return catalog.all().stream().map(this::view).toList();
    }

    @GET
    @Path("{name}")
    @Operation(summary = "Read a provider")
    public ProviderView read(@PathParam("name") String name) {
        return view(catalog.get(name));
    }

    @PUT
    @Path("{name}")
    @Operation(summary = "Replace a provider's configuration", description = "The running provider restarts with it.")
    @RequestBody(content = @Content(mediaType = "application/json", schema = @Schema(ref = "Provider")))
    public ProviderView replace(@PathParam("name") String name,
            InputStream body) {
        return view(catalog.replace(definition(name, JsonRequests.readObject(body, 32 * 1024))));
    }

    @DELETE
    @Path("{name}")
    @Operation(summary = "Disable a provider", description = "Its messages fail over to the next provider serving their destination.")
    public ProviderView disable(@PathParam("name") String name) {
        return view(catalog.enable(name, false));
    }

    @POST
    @Path("{name}/enable")
    @Operation(summary = "Enable a provider", description = "It starts, and takes its share of the destinations it serves again.")
    public ProviderView enable(@PathParam("name") String name) {
        return view(catalog.enable(name, true));
    }

    @POST
    @Path("{name}/callback-token")
    @Operation(summary = "Rotate an HTTP provider's callback token", description = "The answer shows the new token once. The previous one "
            + "stays valid for gateway.provider.callback-token-grace-hours, for the receipts of messages already sent with it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ProviderView.class)))
    public ProviderView rotateCallbackToken(@PathParam("name") String name) {
        String token = catalog.rotateCallbackToken(name, Duration.ofHours(callbackTokenGraceHours));
        return view(catalog.get(name), token);
    }

    private ProviderView view(ProviderDefinition definition) {
        return view(definition, null);
    }

    private ProviderView view(ProviderDefinition definition, String callbackToken) {
        Optional<ActiveProvider> running = registry.byName(definition.name());
        return new ProviderView(definition.name(), definition.type().name(), definition.enabled(), definition.priority(),
                definition.prefixes(), definition.throughput(), definition.visibleSettings(), running.map(ActiveProvider::isAvailable).orElse(false),
                registry.stateOf(definition).name(), running.map(ActiveProvider::figures).orElse(null), callbackToken);
    }

    private static ProviderDefinition definition(String pathName, JsonObject json) {
        JsonRequests.rejectUnknownFields(json, FIELDS, "provider");
        String name = JsonRequests.string(json, "name");
        if (pathName != null) {
            if (name != null && !name.equals(pathName)) {
                throw new InvalidInputException("name cannot be changed");
            }
            name = pathName;
        }
        String type = JsonRequests.string(json, "type");
        ProviderType providerType;
        try {
            providerType = type == null ? null : ProviderType.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("type must be SMPP, HTTP or SIMULATOR");
        }
        Map<String, String> settings = new HashMap<>();
        JsonObject settingsJson = JsonRequests.object(json, "settings");
        if (settingsJson != null) {
            settingsJson.forEach((key, value) -> {
                if (value.getValueType() == JsonValue.ValueType.OBJECT || value.getValueType() == JsonValue.ValueType.ARRAY) {
                    throw new InvalidInputException("settings values must be strings, numbers or booleans");
                }
                if (value != JsonValue.NULL) {
                    settings.put(key, value instanceof JsonString s ? s.getString() : value.toString());
                }
            });
        }
        Set<String> prefixes = JsonRequests.stringSet(json, "prefixes");
        Boolean enabled = JsonRequests.bool(json, "enabled");
        Integer priority = JsonRequests.integer(json, "priority");
        Integer throughput = JsonRequests.integer(json, "throughput");
        return new ProviderDefinition(name, providerType, enabled == null || enabled, priority == null ? 100 : priority,
                prefixes == null ? null : List.copyOf(prefixes), throughput == null ? 50 : throughput, settings);
    }
}
