package io.smsgateway.policy;

import io.smsgateway.account.Account;
import io.smsgateway.account.AccountService;
import io.smsgateway.kernel.Rejection;
import io.smsgateway.kernel.SendRejectedException;
import io.smsgateway.kernel.SmsText;
import io.smsgateway.number.AccountNumbers;
import io.smsgateway.shared.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/** The content and permission checks every message passes before it is accepted. */
@ApplicationScoped
public class SendPolicies {

    private static final Set<String> WEBHOOK_AUTHENTICATION_TYPES = Set.of("NONE", "BASIC", "BEARER");

    @Inject
    private SendPolicyConfig config;

    @Inject
    private Watchlist watchlist;

    @Inject
    private AccountNumbers numbers;

    /** Code 66 for a missing or empty text; a text beyond the segment limit is refused too. */
    public SmsText requireText(String text) {
        if (text == null || text.isEmpty()) {
            throw new SendRejectedException(Rejection.EMPTY_TEXT, "Empty or missing message text");
        }
        SmsText sms = SmsText.of(text);
        if (sms.segments() > config.maxSegments()) {
            throw new SendRejectedException(Rejection.TEXT_TOO_LONG, "Message text needs " + sms.segments()
                    + " segments; at most " + config.maxSegments() + " are allowed");
        }
        return sms;
    }

    /** A reference with an action or key needs a service, and the service must be allowed for the account. */
    public void requireAllowedReference(Account owner, String service, String action, String key) {
        if (service == null || service.isBlank()) {
            if (action != null || key != null) {
                throw new SendRejectedException(Rejection.INVALID_REFERENCE_SERVICE,
                        "Invalid reference service: service is required when action or key is given");
            }
            return;
        }
        Set<String> allowed = owner.getAllowedReferenceServices().orElseGet(config::defaultReferenceServices);
        if (!allowed.contains(service)) {
            throw new SendRejectedException(Rejection.INVALID_REFERENCE_SERVICE,
                    "Invalid reference service: " + service + " is not one of " + allowed);
        }
    }

    public void requireValidWebhook(String url, String authenticationType, String authenticationValue) {
        URI uri;
        try {
            uri = url == null ? null : new URI(url);
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null || uri.getScheme() == null) {
            throw new SendRejectedException(Rejection.INVALID_WEBHOOK, "webhook.url must be an absolute https URL");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean allowed = scheme.equals("https") || (scheme.equals("http") && config.webhookAllowHttp());
        if (!allowed) {
            throw new SendRejectedException(Rejection.INVALID_WEBHOOK, "webhook.url must use https");
        }
        if (authenticationType != null && !WEBHOOK_AUTHENTICATION_TYPES.contains(authenticationType)) {
            throw new SendRejectedException(Rejection.INVALID_WEBHOOK,
                    "webhook.authentication.type must be one of " + WEBHOOK_AUTHENTICATION_TYPES);
        }
        boolean needsValue = "BASIC".equals(authenticationType) || "BEARER".equals(authenticationType);
        if (needsValue && (authenticationValue == null || authenticationValue.isBlank())) {
            throw new SendRejectedException(Rejection.INVALID_WEBHOOK, "webhook.authentication.value is required for " + authenticationType);
        }
        if ("BASIC".equals(authenticationType) && !authenticationValue.contains(":")) {
            throw new SendRejectedException(Rejection.INVALID_WEBHOOK, "webhook.authentication.value for BASIC is username:password");
        }
    }

    /** A sender id chosen per message must be well formed and, when the account has a list, on it. */
    public void requireAllowedOriginator(Account owner, String originator) {
        if (originator == null) {
            return;
        }
        try {
            AccountService.requireOriginator(originator);
        } catch (InvalidInputException e) {
            throw new SendRejectedException(Rejection.INVALID_ORIGINATOR, e.getMessage());
        }
        if (!owner.mayUseOriginator(originator) && !numbers.isSmsSourceOf(owner, originator)) {
            throw new SendRejectedException(Rejection.INVALID_ORIGINATOR, "originator '" + originator + "' is not allowed for this account");
        }
    }

    public void requireUrlsAllowed(Account owner, String text) {
        if (!owner.isAllowUrls() && UrlDetector.containsUrl(text)) {
            throw new SendRejectedException(Rejection.URL_NOT_ALLOWED, "Message containing URL is denied");
        }
    }

    public void requireNotWatchlisted(String destination) {
        if (watchlist.blocks(destination)) {
            throw new SendRejectedException(Rejection.WATCHLISTED, "Message in watchlist");
        }
    }
}
