package io.smsgateway.serviceaccount;

import io.smsgateway.shared.InvalidInputException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** RSA keys in the forms the platform's credentials use: PEM for people, base64 DER in the database. */
final class RsaKeys {

    static final int MIN_BITS = 2048;

    private RsaKeys() {
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(MIN_BITS);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("RSA key generation unavailable", e);
        }
    }

    /** PKCS#8 PEM, what JWT libraries (PyJWT, jsonwebtoken, golang-jwt) read as an RS256 signing key. */
    static String privateKeyPem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    static String publicKeyPem(byte[] encoded) {
        return pem("PUBLIC KEY", encoded);
    }

    /** The base64 DER of an uploaded PEM public key, after checking that it is an RSA key of at least 2048 bits. */
    static String fromPem(String pem) {
        if (pem == null || !pem.contains("-----BEGIN PUBLIC KEY-----")) {
            throw new InvalidInputException("publicKey must be a PEM \"-----BEGIN PUBLIC KEY-----\" (X.509 SubjectPublicKeyInfo) RSA key");
        }
        String base64 = pem.replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        try {
            RSAPublicKey key = (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64)));
            if (key.getModulus().bitLength() < MIN_BITS) {
                throw new InvalidInputException("publicKey must have at least " + MIN_BITS + " bits");
            }
            return Base64.getEncoder().encodeToString(key.getEncoded());
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new InvalidInputException("publicKey is not a readable RSA public key");
        }
    }

    static RSAPublicKey publicKey(String base64Der) throws GeneralSecurityException {
        return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64Der)));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
