package pa.gob.refugio.documents.verification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Ed25519 keys of the verification tokens: the active private key with its key id (new tokens are signed with it)
 * and the public key of every key id still accepted (the active one, and retired ones so that documents printed
 * before a rotation keep verifying). The public keys are what a JWKS at {@code /.well-known/jwks.json} would publish
 * for offline verification (issue 13); none of them is secret.
 */
public final class VerificationKeys {

    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final String activeKeyId;
    private final PrivateKey activeKey;
    private final Map<String, PublicKey> publicKeys;

    private VerificationKeys(String activeKeyId, PrivateKey activeKey, Map<String, PublicKey> publicKeys) {
        this.activeKeyId = activeKeyId;
        this.activeKey = activeKey;
        this.publicKeys = Map.copyOf(publicKeys);
    }

    /**
     * From configuration: the active key as PKCS#8 (base64, PEM armour allowed) with its id, and retired public keys
     * by id as X.509 SubjectPublicKeyInfo (base64). Anything unreadable stops the start with a message naming it.
     */
    public static VerificationKeys of(String keyId, String pkcs8Base64, Map<String, String> retiredPublicKeys) {
        checkKeyId(keyId);
        PrivateKey privateKey;
        try {
            privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(decode(pkcs8Base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("REFUGIO_DOCUMENTS_SIGNING_KEY is not an Ed25519 private key in PKCS#8"
                    + " (base64): " + e.getClass().getSimpleName());
        }
        Map<String, PublicKey> publicKeys = new LinkedHashMap<>();
        retiredPublicKeys.forEach((id, x509) -> {
            checkKeyId(id);
            try {
                publicKeys.put(id, KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(decode(x509))));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                throw new IllegalStateException("The retired verification key " + id
                        + " is not an Ed25519 public key in X.509 (base64)");
            }
        });
        publicKeys.put(keyId, publicKeyOf(privateKey));
        return new VerificationKeys(keyId, privateKey, publicKeys);
    }

    /** A fresh key pair (dev and test only: tokens die with the process). */
    public static VerificationKeys generate(String keyId) {
        checkKeyId(keyId);
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return new VerificationKeys(keyId, pair.getPrivate(), Map.of(keyId, pair.getPublic()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available in this JDK", e);
        }
    }

    /** A new key pair as configuration takes it: {privateKeyPkcs8Base64, publicKeyX509Base64}. */
    public static String[] newKeyPair() {
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return new String[]{Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()),
                    Base64.getEncoder().encodeToString(pair.getPublic().getEncoded())};
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available in this JDK", e);
        }
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    public Optional<PublicKey> publicKey(String keyId) {
        return Optional.ofNullable(publicKeys.get(keyId));
    }

    public Map<String, PublicKey> publicKeys() {
        return publicKeys;
    }

    byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(activeKey);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    boolean verify(String keyId, byte[] data, byte[] signatureBytes) {
        PublicKey key = publicKeys.get(keyId);
        if (key == null) {
            return false;
        }
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(data);
            return signature.verify(signatureBytes);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The public key of an Ed25519 private key: the JDK has no call for it, but its key-pair generator derives the
     * pair from 32 random bytes, which for Ed25519 are the private key itself; fed those bytes, it gives the pair.
     * Checked by signing and verifying.
     */
    private static PublicKey publicKeyOf(PrivateKey privateKey) {
        byte[] seed = ((EdECPrivateKey) privateKey).getBytes()
                .orElseThrow(() -> new IllegalStateException("The Ed25519 private key has no key bytes"));
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
            generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
                }
            });
            PublicKey publicKey = generator.generateKeyPair().getPublic();
            byte[] probe = "refugio verification key check".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(probe);
            byte[] signed = signer.sign();
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey);
            verifier.update(probe);
            if (!verifier.verify(signed)) {
                throw new IllegalStateException("Could not derive the public key of the document signing key");
            }
            return publicKey;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available in this JDK", e);
        }
    }

    private static byte[] decode(String base64) {
        String text = base64.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(text);
    }

    private static void checkKeyId(String keyId) {
        if (keyId == null || !KEY_ID.matcher(keyId).matches()) {
            throw new IllegalStateException("A verification key id must be 1 to 32 letters, digits, '-' or '_': "
                    + keyId);
        }
    }
}
