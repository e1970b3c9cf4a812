package io.smsgateway.message;

import io.smsgateway.account.Account;

/**
 * A request to send one SMS, in the core's terms.
 *
 * @param sender    the authenticated caller
 * @param owner     the account the message belongs to and is counted against (the sender, or the
 *                  account an administrator sends on behalf of)
 * @param webhook   null when the customer did not ask for notifications
 * @param originator null for the provider's default sender
 */
public record SendCommand(
        Account sender,
        Account owner,
        String destination,
        String text,
        Reference reference,
        String businessRelationId,
        WebhookTarget webhook,
        String originator) {

    @Override
    public String toString() {
        return "SendCommand[sender=" + sender.getUsername() + ", owner=" + owner.getUsername()
                + ", destination=" + destination + "]";
    }
}
