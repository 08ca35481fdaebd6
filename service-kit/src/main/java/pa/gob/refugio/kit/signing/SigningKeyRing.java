package pa.gob.refugio.kit.signing;

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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;

/**
 * A service's Ed25519 signing keys: the active private key with its key id (new signatures are made with it) and the
 * public key of every key id still believed (the active one, and retired ones so that what was printed before a
 * rotation keeps verifying). The public keys are what {@code /.well-known/jwks.json} publishes ({@link Jwks}); none
 * of them is secret. A key id no longer listed is no longer believed.
 */
public final class SigningKeyRing {

    private static final Logger LOG = Logger.getLogger(SigningKeyRing.class);
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    private final String activeKeyId;
    private final PrivateKey activeKey;
    private final Map<String, PublicKey> publicKeys;

    private SigningKeyRing(String activeKeyId, PrivateKey activeKey, Map<String, PublicKey> publicKeys) {
        this.activeKeyId = activeKeyId;
        this.activeKey = activeKey;
        this.publicKeys = Collections.unmodifiableMap(new LinkedHashMap<>(publicKeys));
    }

    /**
     * The ring a service starts with: from its configured key when there is one; otherwise, in production
     * ({@code production} true: launch mode NORMAL) a refusal to start naming {@code keyVariable}, and in dev and test
     * a generated key pair (signatures die with the process) and a warning.
     */
    public static SigningKeyRing fromConfiguration(String keyVariable, Optional<String> pkcs8Base64, String keyId,
                                                   Map<String, String> retiredPublicKeys, boolean production) {
        Optional<String> key = pkcs8Base64.filter(k -> !k.isBlank());
        if (key.isPresent()) {
            return of(keyVariable, keyId, key.get(), retiredPublicKeys);
        }
        if (production) {
            throw new IllegalStateException(keyVariable + " is not set: the service needs its Ed25519 private key"
                    + " (PKCS#8 DER in base64: openssl genpkey -algorithm ed25519 -outform DER | base64 -w0) to sign"
                    + " what it prints, and " + keyVariable + "_ID its key id; see docs/deploy.md \"Key rotation\"");
        }
        LOG.warnf("No %s (dev or test): an Ed25519 key pair '%s' was generated for this run only; what it signs"
                + " does not verify after a restart", keyVariable, keyId);
        SigningKeyRing generated = generate(keyId);
        Map<String, PublicKey> keys = new LinkedHashMap<>(generated.publicKeys);
        retiredPublicKeys.forEach((id, x509) -> keys.putIfAbsent(id, publicKeyFrom(keyVariable, id, x509)));
        return new SigningKeyRing(keyId, generated.activeKey, keys);
    }

    /**
     * From configuration: the active key as PKCS#8 (base64, PEM armour allowed) with its id, and retired public keys
     * by id as X.509 SubjectPublicKeyInfo (base64). Anything unreadable stops the start with a message naming
     * {@code keyVariable} (never the key).
     */
    public static SigningKeyRing of(String keyVariable, String keyId, String pkcs8Base64,
                                    Map<String, String> retiredPublicKeys) {
        checkKeyId(keyId);
        PrivateKey privateKey;
        try {
            privateKey = KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(decode(pkcs8Base64)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException(keyVariable + " is not an Ed25519 private key in PKCS#8 (base64): "
                    + e.getClass().getSimpleName());
        }
        Map<String, PublicKey> publicKeys = new LinkedHashMap<>();
        publicKeys.put(keyId, publicKeyOf(privateKey));
        retiredPublicKeys.forEach((id, x509) -> {
            if (!id.equals(keyId)) {
                publicKeys.put(id, publicKeyFrom(keyVariable, id, x509));
            }
        });
        return new SigningKeyRing(keyId, privateKey, publicKeys);
    }

    /** A fresh key pair (dev and test only). */
    public static SigningKeyRing generate(String keyId) {
        checkKeyId(keyId);
        try {
            KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            return new SigningKeyRing(keyId, pair.getPrivate(), Map.of(keyId, pair.getPublic()));
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

    /** Every key id believed, the active one first, with its public key. */
    public Map<String, PublicKey> publicKeys() {
        return publicKeys;
    }

    /** The Ed25519 signature of {@code data} by the active key. */
    public byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initSign(activeKey);
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** True only if {@code keyId} is believed and its key made {@code signatureBytes} over {@code data}. */
    public boolean verify(String keyId, byte[] data, byte[] signatureBytes) {
        PublicKey key = keyId == null ? null : publicKeys.get(keyId);
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

    private static PublicKey publicKeyFrom(String keyVariable, String id, String x509) {
        checkKeyId(id);
        try {
            return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(decode(x509)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("The retired public key " + id + " (beside " + keyVariable
                    + ") is not an Ed25519 public key in X.509 (base64)");
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
            byte[] probe = "refugio signing key check".getBytes(StandardCharsets.US_ASCII);
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(probe);
            byte[] signed = signer.sign();
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey);
            verifier.update(probe);
            if (!verifier.verify(signed)) {
                throw new IllegalStateException("Could not derive the public key of the signing key");
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
            throw new IllegalStateException("A signing key id must be 1 to 32 letters, digits, '-' or '_': " + keyId);
        }
    }
}
