package io.smsgateway.provider.http;

import io.smsgateway.kernel.Encoding;
import io.smsgateway.provider.CallbackTokens;
import io.smsgateway.provider.OutboundSms;
import io.smsgateway.provider.ProviderDefinition;
import io.smsgateway.provider.ProviderEvents;
import io.smsgateway.provider.SmsProvider;
import io.smsgateway.provider.SubmissionIntent;
import io.smsgateway.provider.SubmitOutcome;
import io.smsgateway.shared.InvalidInputException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpConnectTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;

/**
 * A generic HTTP upstream. Each message is one request built from templates whose placeholders
 * ({@code {to}}, {@code {from}}, {@code {text}}, {@code {id}}, {@code {coding}}, {@code {dlrUrl}}) are
 * URL-encoded into the URL and JSON-escaped into a JSON body. The upstream reports delivery to
 * {@code /callbacks/http/{provider}}. The {@code kannel} preset builds Kannel's {@code sendsms} GET.
 */
public class HttpProvider implements SmsProvider {

    private static final Logger LOG = Logger.getLogger(HttpProvider.class.getName());

    /**
     * Settings: {@code preset} (generic | kannel), {@code url}, {@code method} (GET | POST),
     * {@code body}, {@code contentType}, {@code authorization} (a header value), {@code idPattern}
     * (regex whose first group is the upstream's id in the response; our message id otherwise),
     * {@code acceptedPattern} (regex an answer that took the message contains; {@code successPattern} is
     * its older name), {@code refusedPattern} (regex of an answer that refused it), {@code callbackToken} (what callbacks
     * must carry or sign with; generated when the provider is created without one), {@code callbackBaseUrl}
     * (where this upstream reaches the gateway, when not at {@code gateway.public-base-url}); for kannel
     * also {@code username}, {@code password}.
     */
    /**
     * Kannel's sendsms answers 202 "0: Accepted for delivery" or, while its SMSC link is down, 202
     * "3: Queued for later delivery": both mean Kannel has the message and will report it to the
     * dlr-url. Older versions answer "Sent.".
     */
    static final Pattern KANNEL_ACCEPTED = Pattern.compile("^\\s*(?:0:\\s*Accepted|3:\\s*Queued|Sent)", Pattern.CASE_INSENSITIVE);

    public record Settings(String url, String method, String body, String contentType, String authorization,
            Pattern idPattern, Pattern acceptedPattern, Pattern refusedPattern, String callbackToken, String callbackBaseUrl) {

        public static Settings of(ProviderDefinition definition) {
            String preset = definition.setting("preset", "generic").toLowerCase(Locale.ROOT);
            String url = definition.requiredSetting("url");
            if (!url.startsWith("http://") && !url.startsWith("https://")) {
                throw new InvalidInputException("url of provider " + definition.name() + " must be http or https");
            }
            String token = definition.requiredSetting(CallbackTokens.TOKEN);
            String callbackBaseUrl = definition.setting("callbackBaseUrl", null);
            if (callbackBaseUrl != null && !callbackBaseUrl.startsWith("http://") && !callbackBaseUrl.startsWith("https://")) {
                throw new InvalidInputException("callbackBaseUrl of provider " + definition.name() + " must be http or https");
            }
            if (preset.equals("kannel")) {
                String query = "username=" + encode(definition.requiredSetting("username"))
                        + "&password=" + encode(definition.requiredSetting("password"))
                        + "&to={to}&from={from}&text={text}&coding={coding}&charset=UTF-8&dlr-mask=19&dlr-url={dlrUrl}";
                return new Settings(url + (url.contains("?") ? "&" : "?") + query, "GET", null, null, null,
                        null, KANNEL_ACCEPTED, null, token, callbackBaseUrl);
            }
            if (!preset.equals("generic")) {
                throw new InvalidInputException("preset must be generic or kannel");
            }
            String method = definition.setting("method", "POST").toUpperCase(Locale.ROOT);
            if (!List.of("GET", "POST", "PUT").contains(method)) {
                throw new InvalidInputException("method must be GET, POST or PUT");
            }
            return new Settings(url, method, definition.setting("body", null), definition.setting("contentType", "application/json"),
                    definition.setting("authorization", null), compile(definition.setting("idPattern", null)),
                    compile(definition.setting("acceptedPattern", definition.setting("successPattern", null))),
                    compile(definition.setting("refusedPattern", null)), token, callbackBaseUrl);
        }

        private static Pattern compile(String regex) {
            try {
                return regex == null ? null : Pattern.compile(regex);
            } catch (RuntimeException e) {
                throw new InvalidInputException("invalid regular expression: " + regex);
            }
        }

        @Override
        public String toString() {
            return "HttpProvider.Settings[" + method + " " + url.replaceAll("password=[^&]*", "password=***") + "]";
        }
    }

    private final String name;
    private final Settings settings;
    private final HttpUpstreamClient client;
    private final String callbackBase;

    public HttpProvider(String name, Settings settings, ProviderEvents events, HttpUpstreamClient client, String publicBaseUrl) {
        this.name = name;
        this.settings = settings;
        this.client = client;
        String base = settings.callbackBaseUrl() != null ? settings.callbackBaseUrl() : publicBaseUrl;
        this.callbackBase = base.replaceAll("/+$", "") + "/callbacks/http/" + encode(name);
    }

    @Override
    public boolean isAvailable() {
        return true;
    }

    @Override
    public SubmitOutcome submit(OutboundSms sms, SubmissionIntent intent) {
        String id = sms.messageId().toString();
        String dlrUrl = callbackBase + "?id=" + id + "&status=%d&token=" + encode(settings.callbackToken());
        Map<String, String> values = new HashMap<>();
        values.put("to", sms.destination());
        values.put("from", sms.originator() == null ? "" : sms.originator());
        values.put("text", sms.text().text());
        values.put("id", id);
        values.put("coding", sms.text().encoding() == Encoding.UCS2 ? "2" : "0");
        values.put("dlrUrl", dlrUrl);
        try {
            URI uri = URI.create(fill(settings.url(), values, true));
            Map<String, String> headers = new HashMap<>();
            if (settings.authorization() != null) {
                headers.put("Authorization", settings.authorization());
            }
            String body = null;
            if (settings.body() != null) {
                body = fill(settings.body(), values, false);
                headers.put("Content-Type", settings.contentType());
            }
            if (!intent.record()) {
                return new SubmitOutcome.ClaimLost();
            }
            HttpUpstreamClient.Reply reply = client.send(settings.method(), uri, headers, body);
            if (reply.status() == 429 || reply.status() >= 500) {
                return new SubmitOutcome.Unavailable("HTTP " + reply.status());
            }
            if (reply.status() >= 400) {
                return new SubmitOutcome.Rejected("HTTP_" + reply.status(), abbreviate(reply.body()));
            }
            String replyBody = reply.body() == null ? "" : reply.body();
            Optional<SubmitOutcome> notTaken = notTaken(sms, replyBody);
            if (notTaken.isPresent()) {
                return notTaken.get();
            }
            String upstreamId = id;
            if (settings.idPattern() != null) {
                Matcher matcher = settings.idPattern().matcher(replyBody);
                if (!matcher.find() || matcher.groupCount() < 1) {
                    return new SubmitOutcome.Rejected("HTTP_NO_ID", "no message id in the answer: " + abbreviate(replyBody));
                }
                upstreamId = matcher.group(1);
            }
            return SubmitOutcome.Accepted.all(List.of(upstreamId));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new SubmitOutcome.Uncertain("interrupted while waiting for the answer");
        } catch (Exception e) {
            return failed(sms, e);
        }
    }

    /**
     * How a successful HTTP answer is read: a refusal when it matches {@code refusedPattern}; taken
     * when it matches {@code acceptedPattern} (or none is set); otherwise, with both patterns set, an
     * answer the settings do not know, which may or may not mean the message was taken: uncertain.
     * With only {@code acceptedPattern} set, an answer that does not match it is a refusal.
     */
    private Optional<SubmitOutcome> notTaken(OutboundSms sms, String replyBody) {
        if (settings.refusedPattern() != null && settings.refusedPattern().matcher(replyBody).find()) {
            return Optional.of(new SubmitOutcome.Rejected("HTTP_REFUSED", abbreviate(replyBody)));
        }
        if (settings.acceptedPattern() == null || settings.acceptedPattern().matcher(replyBody).find()) {
            return Optional.empty();
        }
        if (settings.refusedPattern() == null) {
            return Optional.of(new SubmitOutcome.Rejected("HTTP_REFUSED", abbreviate(replyBody)));
        }
        LOG.warning(() -> "HTTP provider " + name + " answered message " + sms.messageId() + " with neither its accepted nor its refused"
                + " pattern (" + abbreviate(replyBody) + "): it is UNCERTAIN");
        return Optional.of(new SubmitOutcome.Uncertain("unrecognised answer: " + abbreviate(replyBody)));
    }

    /**
     * A failure before anything reached the upstream (no connection, bulkhead full, a template that
     * makes no URL) lets another provider try; a failure after the request went out (a timeout, a
     * dropped connection) leaves the message with the upstream, perhaps: it is uncertain.
     */
    private SubmitOutcome failed(OutboundSms sms, Exception e) {
        String reason = e.getClass().getSimpleName() + ": " + e.getMessage();
        if (e instanceof ConnectException || e instanceof HttpConnectTimeoutException || e instanceof UnresolvedAddressException
                || e instanceof BulkheadException || e instanceof IllegalArgumentException) {
            return new SubmitOutcome.Unavailable(reason);
        }
        LOG.warning(() -> "HTTP provider " + name + " failed after the request for message " + sms.messageId() + " went out (" + reason
                + "): it is UNCERTAIN");
        return new SubmitOutcome.Uncertain(reason);
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(to|from|text|id|coding|dlrUrl)}");

    /**
     * The template with each placeholder replaced once, in one pass from left to right: a value is
     * never searched for placeholders again, so a text that says "{id}" stays as written.
     */
    static String fill(String template, Map<String, String> values, boolean urlEncode) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder result = new StringBuilder(template.length() + 64);
        while (placeholder.find()) {
            String key = placeholder.group(1);
            String value = values.getOrDefault(key, "");
            if (!key.equals("dlrUrl") || urlEncode) {
                value = urlEncode ? encode(value) : jsonEscape(value);
            }
            placeholder.appendReplacement(result, Matcher.quoteReplacement(value));
        }
        placeholder.appendTail(result);
        return result.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String jsonEscape(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (c < 0x20) {
                        escaped.append(String.format("\\u%04x", (int) c));
                    } else {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }

    private static String abbreviate(String text) {
        if (text == null) {
            return "";
        }
        return text.length() <= 200 ? text : text.substring(0, 200) + "...";
    }
}
