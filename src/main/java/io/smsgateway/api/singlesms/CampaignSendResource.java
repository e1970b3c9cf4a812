package io.smsgateway.api.singlesms;

import io.smsgateway.api.CallerContext;
import io.smsgateway.api.SpooledBody;
import io.smsgateway.apikey.ApiKey;
import io.smsgateway.apikey.Permission;
import io.smsgateway.campaign.Campaign;
import io.smsgateway.campaign.CampaignDraft;
import io.smsgateway.campaign.CampaignService;
import io.smsgateway.shared.JsonRequests;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /send/campaign}: a campaign from a JSON list or a CSV upload. */
@Path("send/campaign")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API-key campaigns")
@SecurityRequirement(name = "apiKey")
@ApiKeyAuthenticated
public class CampaignSendResource {

    @Inject
    private CampaignService campaigns;

    @Inject
    @ConfigProperty(name = "gateway.campaign.max-body-bytes", defaultValue = "16777216")
    private long maxBodyBytes;

    @Inject
    @ConfigProperty(name = "gateway.campaign.max-csv-bytes", defaultValue = "134217728")
    private long maxCsvBytes;

    @Schema(name = "CampaignRequest")
    public record CampaignRequest(
            String name,
            @Schema(required = true, description = "The text; {field} placeholders are filled per recipient") String text,
            @Schema(required = true) String originator,
            @Schema(required = true, description = "Numbers (strings or JSON numbers), or objects with a recipient and the fields of the text",
                    example = "[\"447900000001\", {\"recipient\": \"447900000002\", \"name\": \"Ann\"}]") List<Object> recipients,
            String reference,
            boolean shortenUrls,
            boolean excludeOptouts,
            @Schema(implementation = String.class, example = "2025-03-01T14:30:00Z") String scheduleDateTime) {
    }

    /** One operation for both forms: the OpenAPI document can describe only one POST on a path. */
    @POST
    @Consumes({MediaType.APPLICATION_JSON, "text/csv", MediaType.TEXT_PLAIN})
    @Operation(summary = "Create a campaign from a JSON list or a CSV upload", description = "Permission create:Campaign. Stored before "
            + "the answer; invalid recipients are reported per line and never fail the campaign. A JSON body carries the settings "
            + "and the recipients. A CSV body (text/csv or text/plain) has a header row naming a recipient column, other columns "
            + "fill the text's {placeholders}, and the settings are the query parameters.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "CampaignRequest")),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, example = CSV_EXAMPLE)),
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING, example = CSV_EXAMPLE))})
    @APIResponse(responseCode = "200", description = "Stored", content = @Content(schema = @Schema(implementation = CampaignRecord.class)))
    @APIResponse(responseCode = "400", description = "ValidationError", content = @Content(schema = @Schema(implementation = Envelopes.Failure.class)))
    @APIResponse(responseCode = "403", description = "AuthenticationError", content = @Content(schema = @Schema(implementation = Envelopes.Failure.class)))
    @RolesAllowed(Permission.Names.CREATE_CAMPAIGN)
    public Envelopes.One<CampaignRecord> create(@Context SecurityContext security, @Context HttpHeaders headers,
            @Parameter(description = "CSV uploads: the text; {column} placeholders are filled per recipient") @QueryParam("text") String text,
            @Parameter(description = "CSV uploads: the sender") @QueryParam("originator") String originator,
            @Parameter(description = "CSV uploads: the campaign's name") @QueryParam("name") String name,
            @Parameter(description = "CSV uploads: the client's reference") @QueryParam("reference") String reference,
            @Parameter(description = "CSV uploads: when to start (ISO 8601); now when absent") @QueryParam("scheduleDateTime") String scheduleDateTime,
            @Parameter(description = "CSV uploads: leave out numbers that opted out") @QueryParam("excludeOptouts") @DefaultValue("false")
            String excludeOptouts,
            @Parameter(description = "CSV uploads: shorten links in the text") @QueryParam("shortenUrls") @DefaultValue("false") String shortenUrls,
            InputStream body) {
        ApiKey key = CallerContext.caller(security, ApiKeyCaller.class).key();
        return MediaType.APPLICATION_JSON_TYPE.isCompatible(headers.getMediaType())
                ? created(createFromJson(key, body))
                : created(createFromCsv(key, new CsvSettings(text, originator, name, reference, scheduleDateTime, excludeOptouts, shortenUrls), body));
    }

    private static final String CSV_EXAMPLE = "recipient,name\n447900000001,Ann\n447900000002,Bob";

    /** The settings of a CSV upload, which come as query parameters. */
    private record CsvSettings(String text, String originator, String name, String reference, String scheduleDateTime,
            String excludeOptouts, String shortenUrls) {
    }

    private CampaignService.Created createFromJson(ApiKey key, InputStream body) {
        JsonCampaignBody request = JsonCampaignBody.read(JsonRequests.readBounded(body, maxBodyBytes));
        JsonObject json = request.settings();
        CampaignDraft draft = new CampaignDraft(WireFields.string(json, "name"), WireFields.required(json, "text"),
                WireFields.required(json, "originator").strip(), WireFields.string(json, "reference"),
                WireFields.scheduleDateTime(WireFields.string(json, "scheduleDateTime")),
                WireFields.flag(json, "excludeOptouts"), WireFields.flag(json, "shortenUrls"));
        return campaigns.create(key.getAccount(), draft, request.recipients());
    }

    private CampaignService.Created createFromCsv(ApiKey key, CsvSettings settings, InputStream body) {
        if (settings.text() == null || settings.text().isBlank()) {
            throw ValidationFailure.missing("Text");
        }
        if (settings.originator() == null || settings.originator().isBlank()) {
            throw ValidationFailure.missing("Originator");
        }
        CampaignDraft draft = new CampaignDraft(settings.name(), settings.text(), settings.originator().strip(), settings.reference(),
                WireFields.scheduleDateTime(settings.scheduleDateTime()),
                bool("ExcludeOptouts", settings.excludeOptouts()), bool("ShortenUrls", settings.shortenUrls()));
        try (SpooledBody upload = SpooledBody.of(body, maxCsvBytes); BufferedReader csv = upload.reader()) {
            return campaigns.create(key.getAccount(), draft, new CsvRecipients(csv));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Envelopes.One<CampaignRecord> created(CampaignService.Created created) {
        return new Envelopes.One<>(true, CampaignRecord.of(created.campaign(), campaigns.progress(created.campaign()), created.issues()));
    }

    private static boolean bool(String field, String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no", "" -> false;
            default -> throw ValidationFailure.invalid(field, WireFields.objectName(field) + " must be true or false");
        };
    }
}
