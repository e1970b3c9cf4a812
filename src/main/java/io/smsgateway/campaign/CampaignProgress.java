package io.smsgateway.campaign;

import io.smsgateway.kernel.MessageStatus;
import java.util.List;
import java.util.Map;

/**
 * Where a campaign stands. {@code sent} counts messages a provider took (whatever their receipt
 * said later); {@code failed} those that ended without delivery after release.
 */
public record CampaignProgress(
        long total,
        long pending,
        long queued,
        long sent,
        long delivered,
        long failed,
        long optedOut,
        long invalid,
        long cancelled) {

    static CampaignProgress of(long total, Map<RecipientStatus, Long> recipients, Map<MessageStatus, Long> messages) {
        return new CampaignProgress(
                total,
                recipients.getOrDefault(RecipientStatus.PENDING, 0L),
                count(messages, MessageStatus.WAITING),
                count(messages, List.of(MessageStatus.SUBMITTED, MessageStatus.DELIVERED, MessageStatus.UNDELIVERED, MessageStatus.EXPIRED)),
                messages.getOrDefault(MessageStatus.DELIVERED, 0L),
                count(messages, List.of(MessageStatus.UNDELIVERED, MessageStatus.FAILED, MessageStatus.EXPIRED))
                        + messages.getOrDefault(MessageStatus.REJECTED, 0L) - recipients.getOrDefault(RecipientStatus.OPTED_OUT, 0L),
                recipients.getOrDefault(RecipientStatus.OPTED_OUT, 0L),
                recipients.getOrDefault(RecipientStatus.INVALID, 0L),
                recipients.getOrDefault(RecipientStatus.CANCELLED, 0L));
    }

    private static long count(Map<MessageStatus, Long> messages, List<MessageStatus> statuses) {
        long sum = 0;
        for (MessageStatus status : statuses) {
            sum += messages.getOrDefault(status, 0L);
        }
        return sum;
    }
}
