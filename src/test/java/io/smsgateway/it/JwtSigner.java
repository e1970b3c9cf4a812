package io.smsgateway.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Signs platform API tokens the way the platform's client snippets do: RS256, kid = key_id, iss = account_id. */
record JwtSigner(String keyId, long accountId, PrivateKey privateKey, PublicKey publicKey) {

    static JwtSigner fromCredentials(JsonObject credentials) {
        try {
            String base64 = credentials.getString("private_key").replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            PublicKey publicKey = rsa.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
            return new JwtSigner(credentials.getString("key_id"), credentials.getJsonNumber("account_id").longValue(), key, publicKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static JwtSigner generated(String keyId, long accountId) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            return new JwtSigner(keyId, accountId, pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static JwtSigner withKid(JwtSigner signer, String keyId) {
        return new JwtSigner(keyId, signer.accountId, signer.privateKey, signer.publicKey);
    }

    static JwtSigner withIssuer(JwtSigner signer, long accountId) {
        return new JwtSigner(signer.keyId, accountId, signer.privateKey, signer.publicKey);
    }

    JwtSigner forAccount(long account) {
        return withIssuer(this, account);
    }

    String publicKeyPem() {
        return "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(publicKey.getEncoded())
                + "\n-----END PUBLIC KEY-----\n";
    }

    String bearer() {
        long now = Instant.now().getEpochSecond();
        return bearerWith(now, now + 600);
    }

    String bearerWith(long issuedAt, long expires) {
        String unsigned = unsigned("RS256", issuedAt, expires);
        return signed(unsigned);
    }

    /** An RS256 token with extra header parameters and claims (crit, nbf, aud...), signed with this key. */
    String bearerWithExtras(JsonObject extraHeader, JsonObject extraClaims) {
        long now = Instant.now().getEpochSecond();
        JsonObjectBuilder header = Json.createObjectBuilder().add("typ", "JWT").add("alg", "RS256").add("kid", keyId);
        extraHeader.forEach(header::add);
        JsonObjectBuilder claims = Json.createObjectBuilder().add("iss", accountId).add("iat", now).add("exp", now + 600);
        extraClaims.forEach(claims::add);
        String unsigned = base64(header.build().toString().getBytes(StandardCharsets.UTF_8)) + "."
                + base64(claims.build().toString().getBytes(StandardCharsets.UTF_8));
        return signed(unsigned);
    }

    private String signed(String unsigned) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(privateKey);
            signature.update(unsigned.getBytes(StandardCharsets.US_ASCII));
            return "Bearer " + unsigned + "." + base64(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    String bearerAlgNone() {
        long now = Instant.now().getEpochSecond();
        return "Bearer " + unsigned("none", now, now + 600) + ".";
    }

    /** The classic confusion attack: HMAC keyed with the (public) RSA key text. */
    String bearerHs256WithPublicKey(String publicKeyPem) {
        long now = Instant.now().getEpochSecond();
        String unsigned = unsigned("HS256", now, now + 600);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(publicKeyPem.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            return "Bearer " + unsigned + "." + base64(mac.doFinal(unsigned.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private String unsigned(String algorithm, long issuedAt, long expires) {
        String header = Json.createObjectBuilder().add("typ", "JWT").add("alg", algorithm).add("kid", keyId == null ? "" : keyId).build().toString();
        String claims = Json.createObjectBuilder().add("iss", accountId).add("iat", issuedAt).add("exp", expires).build().toString();
        return base64(header.getBytes(StandardCharsets.UTF_8)) + "." + base64(claims.getBytes(StandardCharsets.UTF_8));
    }

    private static String base64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
