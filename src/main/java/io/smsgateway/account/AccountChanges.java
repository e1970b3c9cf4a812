package io.smsgateway.account;

import java.util.Optional;
import java.util.Set;

/**
 * A partial update of an account: every empty field is left as it is. With {@code expectedVersion},
 * the update applies only to the account as the operator last read it.
 */
public record AccountChanges(
        Optional<String> password,
        Optional<Integer> lraId,
        Optional<Set<Role>> roles,
        Optional<Boolean> allowUrls,
        Optional<Set<String>> referenceServices,
        Optional<Boolean> enabled,
        Optional<String> webhookUrl,
        boolean rotateWebhookSecret,
        Optional<String> originator,
        Optional<Set<String>> allowedOriginators,
        Optional<Long> expectedVersion) {

    public static AccountChanges disable() {
        return new AccountChanges(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of(false), Optional.empty(), false, Optional.empty(), Optional.empty(), Optional.empty());
    }
}
