package io.smsgateway.message;

import io.smsgateway.account.Account;
import java.time.Instant;

/**
 * A request to send one SMS, in the core's terms.
 *
 * @param sender          the authenticated caller
 * @param owner           the account the message belongs to and is counted against (the sender, or the
 *                        account an administrator sends on behalf of)
 * @param webhook         null when the customer did not ask for notifications
 * @param originator      null for the account's or the provider's default sender
 * @param clientReference a free-form customer reference, echoed in notifications; may be null
 * @param options         scheduling, opt-out and link handling
 */
public record SendCommand(
        Account sender,
        Account owner,
        String destination,
        String text,
        Reference reference,
        String businessRelationId,
        WebhookTarget webhook,
        String originator,
        String clientReference,
        Options options) {

    /**
     * How the message is to be handled besides its content.
     *
     * @param campaignId set when the message is one recipient's share of a campaign: the campaign
     *                   paces its own sends, so the per-destination and per-account flood limits,
     *                   meant for single sends, do not apply
     * @param keepBody   false when the text must be erased once the message has reached its final status
     */
    public record Options(Instant scheduleAt, boolean excludeOptouts, boolean shortenUrls, String campaignId, boolean keepBody) {

        public static final Options NONE = new Options(null, false, false, null, true);

        public static Options single(Instant scheduleAt, boolean excludeOptouts, boolean shortenUrls) {
            return new Options(scheduleAt, excludeOptouts, shortenUrls, null, true);
        }

        public static Options campaign(String campaignId, boolean excludeOptouts, boolean shortenUrls) {
            return new Options(null, excludeOptouts, shortenUrls, campaignId, true);
        }

        public Options withBodyKept(boolean keep) {
            return new Options(scheduleAt, excludeOptouts, shortenUrls, campaignId, keep);
        }
    }

    @Override
    public String toString() {
        return "SendCommand[sender=" + sender.getUsername() + ", owner=" + owner.getUsername()
                + ", destination=" + destination + "]";
    }
}
