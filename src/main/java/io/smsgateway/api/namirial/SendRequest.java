package io.smsgateway.api.namirial;

import io.smsgateway.shared.JsonRequests;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/Services/send} and {@code POST /api/Admin/send}. */
@Schema(name = "SendRequest")
public record SendRequest(
        @Schema(required = true, description = "Destination in E.164 form", example = "+393401234567") String destination,
        @Schema(required = true, description = "Message text; GSM-7 or UCS-2 is detected automatically") String text,
        Reference reference,
        @Schema(description = "Deprecated; ignored") Integer attemptCount,
        @Schema(description = "Include the provider in the response") Boolean detailed,
        @Schema(description = "Business Relation Identifier") String businessRelationId,
        Webhook webhook,
        @Schema(description = "Admin only: account to send on behalf of") String account,
        @Schema(description = "Admin only: LRA the account must belong to") Integer lra) {

    @Schema(name = "Reference")
    public record Reference(
            @Schema(description = "Allowed service, e.g. AUTHENTICATION") String service,
            String action,
            String key) {
    }

    @Schema(name = "Webhook")
    public record Webhook(@Schema(description = "HTTPS URL receiving status notifications") String url, Authentication authentication) {
    }

    @Schema(name = "WebhookAuthentication")
    public record Authentication(
            @Schema(enumeration = {"NONE", "BASIC", "BEARER"}) String type,
            @Schema(description = "BASIC: username:password; BEARER: the token") String value) {

        @Override
        public String toString() {
            return "Authentication[type=" + type + "]";
        }
    }

    static SendRequest from(JsonObject json) {
        JsonObject reference = JsonRequests.object(json, "reference");
        JsonObject webhook = JsonRequests.object(json, "webhook");
        JsonObject authentication = webhook == null ? null : JsonRequests.object(webhook, "authentication");
        return new SendRequest(
                JsonRequests.string(json, "destination"),
                JsonRequests.string(json, "text"),
                reference == null ? null : new Reference(
                        JsonRequests.string(reference, "service"),
                        JsonRequests.string(reference, "action"),
                        JsonRequests.string(reference, "key")),
                JsonRequests.integer(json, "attemptCount"),
                JsonRequests.bool(json, "detailed"),
                JsonRequests.string(json, "businessRelationId"),
                webhook == null ? null : new Webhook(
                        JsonRequests.string(webhook, "url"),
                        authentication == null ? null : new Authentication(
                                JsonRequests.string(authentication, "type"),
                                JsonRequests.string(authentication, "value"))),
                JsonRequests.string(json, "account"),
                JsonRequests.integer(json, "lra"));
    }
}
