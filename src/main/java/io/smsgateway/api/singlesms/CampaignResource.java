package io.smsgateway.api.singlesms;

import io.smsgateway.api.CallerContext;
import io.smsgateway.api.PathIds;
import io.smsgateway.apikey.ApiKey;
import io.smsgateway.apikey.Permission;
import io.smsgateway.campaign.Campaign;
import io.smsgateway.campaign.CampaignRecipient;
import io.smsgateway.campaign.CampaignService;
import io.smsgateway.kernel.MessageStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Campaigns in the API-key dialect: progress, recipients, pause, resume, cancel. Creation is {@link CampaignSendResource}. */
@Path("campaigns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API-key campaigns")
@SecurityRequirement(name = "apiKey")
@ApiKeyAuthenticated
public class CampaignResource {

    private static final int MAX_PAGE = 1000;

    @Inject
    private CampaignService campaigns;

    @GET
    @Operation(summary = "The account's campaigns, newest first", description = "Permission read:Campaign.")
    @APIResponse(responseCode = "200", description = "Campaigns with their progress")
    @RolesAllowed(Permission.Names.READ_CAMPAIGN)
    public Envelopes.Many<CampaignRecord> list(@Context SecurityContext security,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        ApiKey key = CallerContext.caller(security, ApiKeyCaller.class).key();
        return new Envelopes.Many<>(true, campaigns.campaigns(key.getAccount(), Math.max(1, Math.min(limit, MAX_PAGE))).stream()
                .map(campaign -> CampaignRecord.of(campaign, campaigns.progress(campaign), null))
                .toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A campaign and its progress", description = "Permission read:Campaign.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CampaignRecord.class)))
    @APIResponse(responseCode = "404", description = "NotFoundError", content = @Content(schema = @Schema(implementation = Envelopes.Failure.class)))
    @RolesAllowed(Permission.Names.READ_CAMPAIGN)
    public Envelopes.One<CampaignRecord> read(@Context SecurityContext security, @PathParam("id") String id) {
        ApiKey key = CallerContext.caller(security, ApiKeyCaller.class).key();
        Campaign campaign = campaigns.campaign(PathIds.uuid(id, "campaign"), key.getAccount());
        return new Envelopes.One<>(true, CampaignRecord.of(campaign, campaigns.progress(campaign), null));
    }

    @GET
    @Path("{id}/recipients")
    @Operation(summary = "Per-recipient status, by line", description = "Permission read:Campaign. Page with fromLine and limit.")
    @APIResponse(responseCode = "200", description = "Recipients from fromLine on")
    @RolesAllowed(Permission.Names.READ_CAMPAIGN)
    public Envelopes.Many<CampaignRecord.Recipient> recipients(@Context SecurityContext security,
            @PathParam("id") String id, @Parameter(description = "First line to list") @QueryParam("fromLine") @DefaultValue("1") int fromLine,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        ApiKey key = CallerContext.caller(security, ApiKeyCaller.class).key();
        List<CampaignRecipient> page = campaigns.recipients(PathIds.uuid(id, "campaign"), key.getAccount(), fromLine,
                Math.max(1, Math.min(limit, MAX_PAGE)));
        Map<UUID, MessageStatus> statuses = campaigns.messageStatuses(page);
        return new Envelopes.Many<>(true, page.stream()
                .map(r -> CampaignRecord.Recipient.of(r, r.getMessageId().map(statuses::get).orElse(null)))
                .toList());
    }

    @POST
    @Path("{id}/pause")
    @Operation(summary = "Pause a campaign", description = "Permission create:Campaign. Messages already released still go out.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CampaignRecord.class)))
    @APIResponse(responseCode = "409", description = "ConflictError: not scheduled or running", content = @Content(schema = @Schema(implementation = Envelopes.Failure.class)))
    @RolesAllowed(Permission.Names.CREATE_CAMPAIGN)
    public Envelopes.One<CampaignRecord> pause(@Context SecurityContext security, @PathParam("id") String id) {
        ApiKey key = CallerContext.caller(security, ApiKeyCaller.class).key();
        return answer(campaigns.pause(PathIds.uuid(id, "campaign"), key.getAccount()));
    }

    @POST
    @Path("{id}/resume")
    @Operation(summary = "Resume a paused campaign", description = "Permission create:Campaign.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CampaignRecord.class)))
    @APIResponse(responseCode = "409", description = "ConflictError: not paused", content = @Content(schema = @Schema(implementation = Envelopes.Failure.class)))
    @RolesAllowed(Permission.Names.CREATE_CAMPAIGN)
    public Envelopes.One<CampaignRecord> resume(@Context SecurityContext security, @PathParam("id") String id) {
        ApiKey key = CallerContext.caller(security, ApiKeyCaller.class).key();
        return answer(campaigns.resume(PathIds.uuid(id, "campaign"), key.getAccount()));
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Cancel a campaign", description = "Permission delete:Campaign. Recipients not yet released are never sent to.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CampaignRecord.class)))
    @APIResponse(responseCode = "409", description = "ConflictError: already completed or cancelled", content = @Content(schema = @Schema(implementation = Envelopes.Failure.class)))
    @RolesAllowed(Permission.Names.DELETE_CAMPAIGN)
    public Envelopes.One<CampaignRecord> cancel(@Context SecurityContext security, @PathParam("id") String id) {
        ApiKey key = CallerContext.caller(security, ApiKeyCaller.class).key();
        return answer(campaigns.cancel(PathIds.uuid(id, "campaign"), key.getAccount()));
    }

    private Envelopes.One<CampaignRecord> answer(Campaign campaign) {
        return new Envelopes.One<>(true, CampaignRecord.of(campaign, campaigns.progress(campaign), null));
    }

}
