package io.smsgateway.manage;

import io.smsgateway.account.Account;
import io.smsgateway.account.Lra;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An account as operators see it; never includes the password hash. */
@Schema(name = "Account")
public record AccountView(
        String username,
        Integer lra,
        List<String> roles,
        boolean allowUrls,
        @Schema(type = SchemaType.ARRAY, implementation = String.class, nullable = true, description = "null: the gateway's default reference services") Set<String> referenceServices,
        boolean enabled,
        String originator,
        @Schema(type = SchemaType.ARRAY, implementation = String.class, nullable = true, description = "null: any well-formed sender id") Set<String> allowedOriginators,
        String webhookUrl,
        @Schema(description = "Key of the webhook-signature HMAC on this account's notifications") String webhookSecret,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "Changes with each update; send it back in a PATCH to have the change refused (409) if the account changed meanwhile")
        long version) {

    static AccountView of(Account account) {
        return new AccountView(
                account.getUsername(),
                account.getLra().map(Lra::getId).orElse(null),
                account.getRoles().stream().map(Enum::name).toList(),
                account.isAllowUrls(),
                account.getAllowedReferenceServices().orElse(null),
                account.isEnabled(),
                account.getOriginator().orElse(null),
                account.getAllowedOriginators().orElse(null),
                account.getWebhookUrl().orElse(null),
                account.getWebhookSecret().orElse(null),
                account.getCreatedAt(),
                account.getUpdatedAt(),
                account.getVersion());
    }
}
