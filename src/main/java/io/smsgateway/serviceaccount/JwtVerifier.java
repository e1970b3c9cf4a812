package io.smsgateway.serviceaccount;

import io.smsgateway.account.AuthenticationFailedException;
import io.smsgateway.shared.Jsons;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks the service-account JWTs of the platform API: RS256 only, signed with the key that
 * {@code kid} names, issued ({@code iss}) for that key's account, within {@code iat}/{@code exp}
 * (with a small leeway) and no longer-lived than allowed. Every failure reads the same to the
 * caller; the reason is logged at FINE, never the token.
 */
@ApplicationScoped
public class JwtVerifier {

    private static final Logger LOG = Logger.getLogger(JwtVerifier.class.getName());
    private static final String FAILURE = "Authorization failed";
    private static final int MAX_TOKEN_CHARS = 8192;
    /* A longer leeway would let a stolen token outlive its expiry by more than clock skew explains. */
    private static final long MAX_LEEWAY_SECONDS = 60;

    @Inject
    private ServiceAccounts serviceAccounts;

    @Inject
    @ConfigProperty(name = "gateway.jwt.leeway-seconds", defaultValue = "30")
    private long leewaySeconds;

    @Inject
    @ConfigProperty(name = "gateway.jwt.max-lifetime-seconds", defaultValue = "3600")
    private long maxLifetimeSeconds;

    public ServiceAccount verify(String token) {
        if (token == null || token.length() > MAX_TOKEN_CHARS) {
            throw refuse("missing or oversized token");
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw refuse("not a signed JWT");
        }
        JsonObject header = json(parts[0]);
        if (!"RS256".equals(text(header, "alg"))) {
            throw refuse("algorithm " + text(header, "alg") + " is not RS256");
        }
        String keyId = text(header, "kid");
        if (keyId == null) {
            throw refuse("no kid");
        }
        ServiceAccount serviceAccount = serviceAccounts.active(keyId).orElseThrow(() -> refuse("unknown or revoked kid"));
        if (!signatureMatches(serviceAccount, parts)) {
            throw refuse("signature does not match the key of kid " + keyId);
        }
        JsonObject claims = json(parts[1]);
        if (!issuedFor(serviceAccount, claims.get("iss"))) {
            throw refuse("iss does not name the account of kid " + keyId);
        }
        long leeway = Math.min(Math.max(leewaySeconds, 0), MAX_LEEWAY_SECONDS);
        Long issuedAt = seconds(claims, "iat");
        Long expires = seconds(claims, "exp");
        long now = Instant.now().getEpochSecond();
        if (issuedAt == null || expires == null) {
            throw refuse("iat and exp are required");
        }
        if (issuedAt > now + leeway) {
            throw refuse("issued in the future");
        }
        if (expires <= now - leeway) {
            throw refuse("expired");
        }
        if (expires - issuedAt > maxLifetimeSeconds) {
            throw refuse("lifetime longer than " + maxLifetimeSeconds + " s");
        }
        return serviceAccount;
    }

    private static boolean signatureMatches(ServiceAccount serviceAccount, String[] parts) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(RsaKeys.publicKey(serviceAccount.getPublicKey()));
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            return signature.verify(Base64.getUrlDecoder().decode(parts[2]));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The account id as a number (or a string of digits), or the account's username. */
    private static boolean issuedFor(ServiceAccount serviceAccount, JsonValue issuer) {
        long accountId = serviceAccount.getAccount().getId();
        if (issuer instanceof JsonNumber number) {
            return number.isIntegral() && number.longValue() == accountId;
        }
        if (issuer instanceof JsonString string) {
            return string.getString().equals(Long.toString(accountId)) || string.getString().equals(serviceAccount.getAccount().getUsername());
        }
        return false;
    }

    private static JsonObject json(String part) {
        try (JsonReader reader = Jsons.reader(new StringReader(new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (IllegalArgumentException | JsonException | ClassCastException e) {
            throw refuse("unreadable header or claims");
        }
    }

    private static String text(JsonObject object, String name) {
        return object.get(name) instanceof JsonString string ? string.getString() : null;
    }

    private static Long seconds(JsonObject claims, String name) {
        return claims.get(name) instanceof JsonNumber number ? number.longValue() : null;
    }

    private static AuthenticationFailedException refuse(String reason) {
        LOG.fine(() -> "JWT refused: " + reason);
        return new AuthenticationFailedException(FAILURE);
    }
}
