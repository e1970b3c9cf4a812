package io.smsgateway.serviceaccount;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.BadJWTException;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import io.smsgateway.account.AuthenticationFailedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.text.ParseException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks the service-account JWTs of the platform API with Nimbus JOSE+JWT: RS256 only, signed with
 * the key that {@code kid} names, issued ({@code iss}) for that key's account, within
 * {@code iat}/{@code nbf}/{@code exp} (with a small leeway), no longer-lived than allowed, no
 * {@code crit} header parameter the gateway does not understand (RFC 7515 §4.1.11) and, when the
 * token names an audience, one that is this gateway (RFC 7519 §4.1.3). Every failure reads the same
 * to the caller; the reason is logged at FINE, never the token.
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

    /** When set (comma separated), every token must name one of these in {@code aud}. */
    @Inject
    @ConfigProperty(name = "gateway.jwt.audience")
    private Optional<String> audiences;

    /** Without configured audiences, a token that names one must name this gateway by its public address. */
    @Inject
    @ConfigProperty(name = "gateway.public-base-url", defaultValue = "http://localhost:8080")
    private String publicBaseUrl;

    public ServiceAccount verify(String token) {
        if (token == null || token.length() > MAX_TOKEN_CHARS) {
            throw refuse("missing or oversized token");
        }
        SignedJWT jwt;
        Object issuer;
        JWTClaimsSet claims;
        try {
            jwt = SignedJWT.parse(token);
            // The platform's tokens carry the account id as a JSON number in iss, which JWTClaimsSet refuses: read it aside.
            Map<String, Object> json = jwt.getPayload().toJSONObject();
            if (json == null) {
                throw refuse("the claims are not a JSON object");
            }
            Map<String, Object> payload = new HashMap<>(json);
            issuer = payload.remove("iss");
            claims = JWTClaimsSet.parse(payload);
        } catch (ParseException e) {
            throw refuse("not a signed JWT: " + e.getMessage());
        }
        JWSHeader header = jwt.getHeader();
        if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
            throw refuse("algorithm " + header.getAlgorithm() + " is not RS256");
        }
        String keyId = header.getKeyID();
        if (keyId == null) {
            throw refuse("no kid");
        }
        ServiceAccount serviceAccount = serviceAccounts.active(keyId).orElseThrow(() -> refuse("unknown or revoked kid"));
        if (!signatureMatches(serviceAccount, jwt)) {
            throw refuse("signature does not match the key of kid " + keyId + ", or a crit header parameter is not understood");
        }
        if (!issuedFor(serviceAccount, issuer)) {
            throw refuse("iss does not name the account of kid " + keyId);
        }
        long leeway = Math.min(Math.max(leewaySeconds, 0), MAX_LEEWAY_SECONDS);
        try {
            claimsVerifier(leeway).verify(claims, null);
        } catch (BadJWTException e) {
            throw refuse(e.getMessage());
        }
        long issuedAt = claims.getIssueTime().toInstant().getEpochSecond();
        long expires = claims.getExpirationTime().toInstant().getEpochSecond();
        if (issuedAt > Instant.now().getEpochSecond() + leeway) {
            throw refuse("issued in the future");
        }
        if (expires - issuedAt > maxLifetimeSeconds) {
            throw refuse("lifetime longer than " + maxLifetimeSeconds + " s");
        }
        return serviceAccount;
    }

    /** exp and nbf within the leeway, iat and exp present, aud one of ours (required only when configured). */
    private DefaultJWTClaimsVerifier<SecurityContext> claimsVerifier(long leeway) {
        Set<String> accepted = new HashSet<>();
        audiences.map(list -> Arrays.stream(list.split(",")).map(String::strip).filter(a -> !a.isEmpty()).toList())
                .filter(list -> !list.isEmpty()).ifPresentOrElse(accepted::addAll, () -> {
            accepted.add(publicBaseUrl.replaceAll("/+$", ""));
            accepted.add(null);
        });
        DefaultJWTClaimsVerifier<SecurityContext> verifier = new DefaultJWTClaimsVerifier<>(accepted, null, Set.of("iat", "exp"), null);
        verifier.setMaxClockSkew((int) leeway);
        return verifier;
    }

    /** RSASSAVerifier also refuses a header whose {@code crit} lists a parameter it does not process. */
    private static boolean signatureMatches(ServiceAccount serviceAccount, SignedJWT jwt) {
        try {
            return jwt.verify(new RSASSAVerifier(RsaKeys.publicKey(serviceAccount.getPublicKey())));
        } catch (GeneralSecurityException | JOSEException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The account id as a number (or a string of digits), or the account's username. */
    private static boolean issuedFor(ServiceAccount serviceAccount, Object issuer) {
        long accountId = serviceAccount.getAccount().getId();
        if (issuer instanceof Number number) {
            return (number instanceof Long || number instanceof Integer) && number.longValue() == accountId;
        }
        if (issuer instanceof String string) {
            return string.equals(Long.toString(accountId)) || string.equals(serviceAccount.getAccount().getUsername());
        }
        return false;
    }

    private static AuthenticationFailedException refuse(String reason) {
        LOG.fine(() -> "JWT refused: " + reason);
        return new AuthenticationFailedException(FAILURE);
    }
}
