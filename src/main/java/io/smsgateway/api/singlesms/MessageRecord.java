package io.smsgateway.api.singlesms;

import io.smsgateway.message.MessageView;
import io.smsgateway.shortlink.ShortLink;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A message as this dialect shows it. */
@Schema(name = "MessageRecord")
public record MessageRecord(
        String id,
        @Schema(enumeration = "SingleSMS") String type,
        String recipient,
        String originator,
        @Schema(enumeration = {"SCHEDULED", "ACCEPTED", "QUEUED", "SUBMITTED", "DELIVERED", "UNDELIVERED", "FAILED", "EXPIRED", "REJECTED", "CANCELLED"})
        String status,
        String reference,
        String scheduled,
        String encoding,
        int segments,
        String errorCode,
        String errorDetail,
        String createdAt,
        String statusAt,
        List<Link> links) {

    @Schema(name = "ShortLinkClicks")
    public record Link(String url, String shortUrl, long clicks) {
    }

    static MessageRecord of(MessageView view, List<Link> links) {
        return new MessageRecord(
                view.id().toString(),
                SingleSmsResource.TYPE,
                view.destination(),
                view.originator(),
                view.status().name(),
                view.clientReference(),
                Envelopes.instant(view.sendAt()),
                view.encoding().name(),
                view.segments(),
                view.errorCode(),
                view.errorDetail(),
                Envelopes.instant(view.createdAt()),
                Envelopes.instant(view.statusAt()),
                links);
    }

    static Link link(ShortLink link, String shortUrl) {
        return new Link(link.getUrl(), shortUrl, link.getClicks());
    }
}
