package pa.gob.refugio.kit.signing;

import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON Web Key Set (RFC 7517) of Ed25519 public keys as RFC 8037 writes them:
 * {@code {"keys":[{"kty":"OKP","crv":"Ed25519","x":"<base64url of the 32-byte public key>","kid":"k1","use":"sig",
 * "alg":"EdDSA"}]}}. {@code x} is the last 32 bytes of the key's X.509 SubjectPublicKeyInfo (whose first 12 bytes,
 * {@code 302a300506032b6570032100}, are the same for every Ed25519 key), so a reader rebuilds the key with the JDK
 * alone by putting those 12 bytes back ({@link #publicKeyX509(String)}).
 */
public final class Jwks {

    /** The X.509 SubjectPublicKeyInfo prefix of every Ed25519 public key (RFC 8410). */
    public static final byte[] ED25519_X509_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21,
            0x00};

    private Jwks() {
    }

    /** The JWKS of {@code keys} (key id → public key), in their order. */
    public static Map<String, Object> of(Map<String, PublicKey> keys) {
        List<Map<String, String>> list = new ArrayList<>();
        keys.forEach((kid, key) -> {
            Map<String, String> jwk = new LinkedHashMap<>();
            jwk.put("kty", "OKP");
            jwk.put("crv", "Ed25519");
            jwk.put("x", x(key));
            jwk.put("kid", kid);
            jwk.put("use", "sig");
            jwk.put("alg", "EdDSA");
            list.add(jwk);
        });
        return Map.of("keys", list);
    }

    /** The RFC 8037 {@code x} of an Ed25519 public key. */
    public static String x(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded.length != ED25519_X509_PREFIX.length + 32
                || !Arrays.equals(ED25519_X509_PREFIX, Arrays.copyOf(encoded, ED25519_X509_PREFIX.length))) {
            throw new IllegalArgumentException("not an Ed25519 public key");
        }
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(Arrays.copyOfRange(encoded, ED25519_X509_PREFIX.length, encoded.length));
    }

    /** The X.509 SubjectPublicKeyInfo of a JWK's {@code x}, as {@code X509EncodedKeySpec} takes it. */
    public static byte[] publicKeyX509(String x) {
        byte[] raw = Base64.getUrlDecoder().decode(x);
        if (raw.length != 32) {
            throw new IllegalArgumentException("an Ed25519 x has 32 bytes, not " + raw.length);
        }
        byte[] out = Arrays.copyOf(ED25519_X509_PREFIX, ED25519_X509_PREFIX.length + 32);
        System.arraycopy(raw, 0, out, ED25519_X509_PREFIX.length, 32);
        return out;
    }
}
