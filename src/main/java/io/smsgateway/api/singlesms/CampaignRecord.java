package io.smsgateway.api.singlesms;

import io.smsgateway.campaign.Campaign;
import io.smsgateway.campaign.CampaignProgress;
import io.smsgateway.campaign.CampaignRecipient;
import io.smsgateway.campaign.CampaignService;
import io.smsgateway.kernel.MessageStatus;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A campaign as this dialect shows it. */
@Schema(name = "CampaignRecord")
public record CampaignRecord(
        String id,
        @Schema(enumeration = "Campaign") String type,
        String name,
        @Schema(enumeration = {"SCHEDULED", "RUNNING", "PAUSED", "COMPLETED", "CANCELLED"}) String status,
        @Schema(description = "Why the gateway paused it (its account was disabled); absent when it runs or its owner paused it") String pauseReason,
        String text,
        String originator,
        String reference,
        boolean excludeOptouts,
        boolean shortenUrls,
        @Schema(description = "When it starts (or started) sending") String scheduled,
        String createdAt,
        String startedAt,
        String finishedAt,
        @Schema(description = "Recipients that can be sent to (all lines minus the invalid ones found at upload)") int recipientCount,
        int invalidCount,
        CampaignProgress progress,
        @Schema(type = SchemaType.ARRAY, implementation = Issue.class, description = "In the answer to the creation: the first refused lines")
        List<Issue> invalid) {

    @Schema(name = "CampaignIssue")
    public record Issue(int line, String recipient, String reason) {
    }

    @Schema(name = "CampaignRecipientRecord")
    public record Recipient(
            int line,
            String recipient,
            @Schema(enumeration = {"PENDING", "RELEASED", "OPTED_OUT", "INVALID", "CANCELLED"}) String status,
            String reason,
            String messageId,
            @Schema(description = "The message's own status once released") String messageStatus) {

        static Recipient of(CampaignRecipient recipient, MessageStatus messageStatus) {
            return new Recipient(recipient.getLine(), recipient.getRecipient(), recipient.getStatus().name(),
                    recipient.getReason().orElse(null), recipient.getMessageId().map(Object::toString).orElse(null),
                    messageStatus == null ? null : messageStatus.name());
        }
    }

    static CampaignRecord of(Campaign campaign, CampaignProgress progress, List<CampaignService.Issue> issues) {
        return new CampaignRecord(
                campaign.getId().toString(),
                "Campaign",
                campaign.getName().orElse(null),
                campaign.getStatus().name(),
                campaign.getPauseReason().orElse(null),
                campaign.getTemplate(),
                campaign.getOriginator(),
                campaign.getClientReference().orElse(null),
                campaign.isExcludeOptouts(),
                campaign.isShortenUrls(),
                Envelopes.instant(campaign.sendAt()),
                Envelopes.instant(campaign.getCreatedAt()),
                campaign.getStartedAt().map(Envelopes::instant).orElse(null),
                campaign.getFinishedAt().map(Envelopes::instant).orElse(null),
                campaign.getTotalRecipients() - campaign.getInvalidRecipients(),
                campaign.getInvalidRecipients(),
                progress,
                issues == null ? null : issues.stream().map(i -> new Issue(i.line(), i.recipient(), i.reason())).toList());
    }

}
