package io.smsgateway.provider;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secret that authenticates an HTTP upstream's callbacks (delivery reports and inbound
 * messages). Every HTTP provider has one. A callback carries it as {@code token}, or signs the
 * request with it: {@code X-Callback-Signature: sha256=<hex HMAC-SHA256>} over the raw query string
 * (GET) or the raw body (POST). After a rotation the previous token is honoured until its grace ends.
 */
public final class CallbackTokens {

    public static final String TOKEN = "callbackToken";
    static final String PREVIOUS = "callbackTokenPrevious";
    static final String PREVIOUS_UNTIL = "callbackTokenPreviousUntil";
    public static final String SIGNATURE_HEADER = "X-Callback-Signature";
    private static final String SIGNATURE_PREFIX = "sha256=";
    private static final SecureRandom RANDOM = new SecureRandom();

    private CallbackTokens() {
    }

    static String generate() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return "cbk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The stored tokens, kept where the operator's new settings leave them out or send them back masked. */
    static Map<String, String> kept(Map<String, String> stored, Map<String, String> requested) {
        Map<String, String> kept = new HashMap<>();
        for (String key : new String[] {TOKEN, PREVIOUS, PREVIOUS_UNTIL}) {
            String asked = requested.get(key);
            if ((asked == null || asked.isBlank() || asked.equals(ProviderDefinition.MASK)) && stored.get(key) != null) {
                kept.put(key, stored.get(key));
            }
        }
        return kept;
    }

    /**
     * Whether a callback to this provider is authentic: it carries one of the provider's valid
     * tokens, or a signature made with one over {@code signed} (the raw query string or body).
     */
    public static boolean authentic(ProviderDefinition provider, String token, String signature, byte[] signed, Instant now) {
        for (String secret : validTokens(provider, now)) {
            if (token != null && MessageDigest.isEqual(bytes(secret), bytes(token))) {
                return true;
            }
            if (signature != null && signature.startsWith(SIGNATURE_PREFIX)
                    && MessageDigest.isEqual(bytes(sign(secret, signed)), bytes(signature.substring(SIGNATURE_PREFIX.length()).strip().toLowerCase(Locale.ROOT)))) {
                return true;
            }
        }
        return false;
    }

    /** The hex HMAC-SHA256 of {@code signed} under {@code secret}: what an upstream puts after {@code sha256=}. */
    public static String sign(String secret, byte[] signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(bytes(secret), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed == null ? new byte[0] : signed));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    private static String[] validTokens(ProviderDefinition provider, Instant now) {
        String current = provider.setting(TOKEN, null);
        String previous = provider.setting(PREVIOUS, null);
        boolean previousValid = previous != null && graceLasts(provider.setting(PREVIOUS_UNTIL, null), now);
        if (current == null) {
            return new String[0];
        }
        return previousValid ? new String[] {current, previous} : new String[] {current};
    }

    private static boolean graceLasts(String until, Instant now) {
        try {
            return until != null && Instant.parse(until).isAfter(now);
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
