package io.smsgateway.serviceaccount;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.smsgateway.account.Account;
import io.smsgateway.account.AuthenticationFailedException;
import io.smsgateway.account.Role;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class JwtVerifierTest {

    private static final long ACCOUNT_ID = 4711;

    private final KeyPair keys = RsaKeys.generate();
    private final KeyPair otherKeys = RsaKeys.generate();
    private ServiceAccount serviceAccount;
    private JwtVerifier verifier;
    private final long now = Instant.now().getEpochSecond();

    @BeforeEach
    void setUp() throws ReflectiveOperationException {
        Account account = new Account("acme", "hash", Set.of(Role.USER), null);
        set(account, "id", ACCOUNT_ID);
        serviceAccount = new ServiceAccount(account, EnumSet.of(PlatformRole.DEVELOPER),
                Base64.getEncoder().encodeToString(keys.getPublic().getEncoded()), null);
        ServiceAccounts table = new ServiceAccounts() {
            @Override
            Optional<ServiceAccount> active(String keyId) {
                return keyId.equals(serviceAccount.getKeyId()) ? Optional.of(serviceAccount) : Optional.empty();
            }
        };
        verifier = new JwtVerifier();
        set(verifier, "serviceAccounts", table);
        set(verifier, "leewaySeconds", 30L);
        set(verifier, "maxLifetimeSeconds", 3600L);
        set(verifier, "audiences", Optional.empty());
        set(verifier, "publicBaseUrl", "https://sms.example.com/");
    }

    private static void set(Object target, String name, Object value) throws ReflectiveOperationException {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }

    private String token(String algorithm, String kid, JsonObjectBuilder claims, KeyPair signer) throws GeneralSecurityException {
        return token(Json.createObjectBuilder().add("alg", algorithm).add("typ", "JWT").add("kid", kid), claims, signer);
    }

    private String token(JsonObjectBuilder header, JsonObjectBuilder claims, KeyPair signer) throws GeneralSecurityException {
        String unsigned = base64(header.build().toString()) + "." + base64(claims.build().toString());
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(signer.getPrivate());
        signature.update(unsigned.getBytes(StandardCharsets.US_ASCII));
        return unsigned + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature.sign());
    }

    private JsonObjectBuilder claims(long issuedAt, long expires) {
        return Json.createObjectBuilder().add("iss", ACCOUNT_ID).add("iat", issuedAt).add("exp", expires);
    }

    private static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private void assertRefused(String token) {
        AuthenticationFailedException refused = assertThrows(AuthenticationFailedException.class, () -> verifier.verify(token));
        assertEquals("Authorization failed", refused.getMessage());
    }

    @Test
    void acceptsAnRs256TokenOfTheKeysAccount() throws Exception {
        assertSame(serviceAccount, verifier.verify(token("RS256", serviceAccount.getKeyId(), claims(now, now + 3600), keys)));
        assertSame(serviceAccount, verifier.verify(token("RS256", serviceAccount.getKeyId(),
                Json.createObjectBuilder().add("iss", "4711").add("iat", now).add("exp", now + 60), keys)));
        assertSame(serviceAccount, verifier.verify(token("RS256", serviceAccount.getKeyId(),
                Json.createObjectBuilder().add("iss", "acme").add("iat", now).add("exp", now + 60), keys)));
    }

    @Test
    void refusesOtherAlgorithmsKeysAndIssuers() throws Exception {
        String kid = serviceAccount.getKeyId();
        assertRefused(token("RS256", kid, claims(now, now + 600), otherKeys));
        assertRefused(token("RS256", "unknown-kid", claims(now, now + 600), keys));
        assertRefused(token("RS256", kid, Json.createObjectBuilder().add("iss", 1).add("iat", now).add("exp", now + 600), keys));
        assertRefused(token("RS256", kid, Json.createObjectBuilder().add("iat", now).add("exp", now + 600), keys));

        String unsignedNone = base64("{\"alg\":\"none\",\"kid\":\"" + kid + "\"}") + "." + base64(claims(now, now + 600).build().toString());
        assertRefused(unsignedNone + ".");
        String hs256 = base64("{\"alg\":\"HS256\",\"kid\":\"" + kid + "\"}") + "." + base64(claims(now, now + 600).build().toString());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(RsaKeys.publicKeyPem(keys.getPublic().getEncoded()).getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        assertRefused(hs256 + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(hs256.getBytes(StandardCharsets.US_ASCII))));
        assertRefused(null);
        assertRefused("a.b");
        assertRefused("!!!.???.###");
    }

    @Test
    void checksTheTimesWithASmallLeeway() throws Exception {
        String kid = serviceAccount.getKeyId();
        assertSame(serviceAccount, verifier.verify(token("RS256", kid, claims(now - 600, now - 10), keys)), "within the leeway");
        assertRefused(token("RS256", kid, claims(now - 600, now - 31), keys));
        assertRefused(token("RS256", kid, claims(now + 60, now + 600), keys));
        assertRefused(token("RS256", kid, claims(now, now + 3601), keys));
        assertRefused(token("RS256", kid, Json.createObjectBuilder().add("iss", ACCOUNT_ID).add("iat", now), keys));
    }

    @Test
    void aConfiguredLeewayAboveAMinuteIsCapped() throws Exception {
        set(verifier, "leewaySeconds", 3600L);
        assertRefused(token("RS256", serviceAccount.getKeyId(), claims(now - 1000, now - 120), keys));
    }

    @Test
    void refusesATokenNotYetValid() throws Exception {
        String kid = serviceAccount.getKeyId();
        assertRefused(token("RS256", kid, claims(now, now + 600).add("nbf", now + 120), keys));
        assertSame(serviceAccount, verifier.verify(token("RS256", kid, claims(now, now + 600).add("nbf", now + 10), keys)), "within the leeway");
    }

    @Test
    void refusesACriticalHeaderParameterItDoesNotUnderstand() throws Exception {
        String kid = serviceAccount.getKeyId();
        assertRefused(token(Json.createObjectBuilder().add("alg", "RS256").add("kid", kid).add("crit", Json.createArrayBuilder().add("exp-by"))
                .add("exp-by", 1), claims(now, now + 600), keys));
    }

    @Test
    void anAudienceMustBeThisGateway() throws Exception {
        String kid = serviceAccount.getKeyId();
        assertRefused(token("RS256", kid, claims(now, now + 600).add("aud", "https://billing.example.com"), keys));
        assertSame(serviceAccount, verifier.verify(token("RS256", kid, claims(now, now + 600).add("aud", "https://sms.example.com"), keys)));

        set(verifier, "audiences", Optional.of("sms-gateway, other-name"));
        assertSame(serviceAccount, verifier.verify(token("RS256", kid, claims(now, now + 600)
                .add("aud", Json.createArrayBuilder().add("other").add("sms-gateway")), keys)));
        assertRefused(token("RS256", kid, claims(now, now + 600), keys));
        assertRefused(token("RS256", kid, claims(now, now + 600).add("aud", "https://sms.example.com"), keys));
    }
}
