package io.smsgateway.manage;

import io.smsgateway.account.Account;
import io.smsgateway.api.PathIds;
import io.smsgateway.campaign.Campaign;
import io.smsgateway.campaign.CampaignProgress;
import io.smsgateway.campaign.CampaignService;
import io.smsgateway.shared.InvalidInputException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Every account's campaigns for an operator, who may pause, resume or cancel any of them. */
@Path("manage/campaigns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operator: campaigns")
@SecurityRequirement(name = "basicAuth")
@OperatorAuthenticated
@RolesAllowed("ADMIN")
public class CampaignOversightResource {

    public record CampaignView(String id, String account, String name, String status, String pauseReason, Instant scheduledAt,
            Instant createdAt, Instant startedAt, Instant finishedAt, CampaignProgress progress) {
    }

    @Inject
    private CampaignService campaigns;

    @GET
    @Operation(summary = "Campaigns of every account, newest first, with their progress")
    public List<CampaignView> list(@QueryParam("limit") Integer limit) {
        int max = limit == null ? 50 : limit;
        if (max < 1 || max > 200) {
            throw new InvalidInputException("limit must be between 1 and 200");
        }
        return campaigns.allCampaigns(max).stream().map(this::view).toList();
    }

    @POST
    @Path("{id}/pause")
    @Operation(summary = "Pause a campaign: no more recipients are released until it is resumed")
    public CampaignView pause(@PathParam("id") String id) {
        return act(id, campaigns::pause);
    }

    @POST
    @Path("{id}/resume")
    @Operation(summary = "Resume a paused campaign")
    public CampaignView resume(@PathParam("id") String id) {
        return act(id, campaigns::resume);
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel a campaign: recipients not released yet are never sent to")
    public CampaignView cancel(@PathParam("id") String id) {
        return act(id, campaigns::cancel);
    }

    private CampaignView act(String id, BiFunction<UUID, Account, Campaign> action) {
        UUID campaignId = PathIds.uuid(id, "campaign");
        return view(action.apply(campaignId, campaigns.ownerOf(campaignId)));
    }

    private CampaignView view(Campaign campaign) {
        return new CampaignView(campaign.getId().toString(), campaign.getAccount().getUsername(), campaign.getName().orElse(null),
                campaign.getStatus().name(), campaign.getPauseReason().orElse(null), campaign.getScheduledAt().orElse(null),
                campaign.getCreatedAt(), campaign.getStartedAt().orElse(null), campaign.getFinishedAt().orElse(null),
                campaigns.progress(campaign));
    }
}
