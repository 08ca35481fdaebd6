package pa.gob.refugio.kit.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts and decrypts one text value: AES-256-GCM, a random 96-bit IV per value, stored as
 * {@code v1:<keyId>:<base64(iv || ciphertext || tag)>} with {@code v1:<keyId>} as associated data. Thread-safe.
 */
public final class FieldCipher {

    public static final String VERSION = "v1";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Pattern STORED = Pattern.compile("v1:([a-z0-9]{1,32}):([A-Za-z0-9+/]+={0,2})");

    private final KeyRing ring;
    private final boolean readPlaintext;
    private final SecureRandom random;

    /**
     * @param readPlaintext whether a stored value that is not of the encrypted form is read as legacy plaintext
     *                      (written before encryption) rather than refused
     */
    public FieldCipher(KeyRing ring, boolean readPlaintext) {
        this(ring, readPlaintext, new SecureRandom());
    }

    FieldCipher(KeyRing ring, boolean readPlaintext, SecureRandom random) {
        this.ring = ring;
        this.readPlaintext = readPlaintext;
        this.random = random;
    }

    public KeyRing keyRing() {
        return ring;
    }

    /** The stored form of {@code plaintext} under the active key; {@code null} stays {@code null}. */
    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        String prefix = VERSION + ":" + ring.activeKeyId();
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, ring.activeKey(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(prefix.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return prefix + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** The plain value of a stored one; {@code null} stays {@code null}. */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        Matcher m = STORED.matcher(stored);
        if (!m.matches()) {
            if (readPlaintext && !stored.startsWith(VERSION + ":")) {
                return stored; // written before encryption: the re-encryption job will encrypt it
            }
            throw new DecryptionFailed("A stored value is neither " + VERSION + ":<keyId>:<base64> nor readable plaintext");
        }
        String keyId = m.group(1);
        SecretKey key = ring.key(keyId).orElseThrow(() -> new DecryptionFailed(
                "A stored value is encrypted with key '" + keyId + "', which is not configured ("
                        + KeyRing.KEYS_PREFIX + keyId + ")"));
        byte[] in;
        try {
            in = Base64.getDecoder().decode(m.group(2));
        } catch (IllegalArgumentException e) {
            throw new DecryptionFailed("A stored value under key '" + keyId + "' is not valid base64");
        }
        if (in.length < IV_BYTES + TAG_BITS / 8) {
            throw new DecryptionFailed("A stored value under key '" + keyId + "' is too short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD((VERSION + ":" + keyId).getBytes(StandardCharsets.US_ASCII));
            byte[] plain = cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (AEADBadTagException e) {
            throw new DecryptionFailed("A stored value under key '" + keyId
                    + "' failed authentication: it was altered or encrypted with another key of that id", e);
        } catch (GeneralSecurityException e) {
            throw new DecryptionFailed("A stored value under key '" + keyId + "' cannot be decrypted", e);
        }
    }

    /** The key id a stored value names, or empty for plaintext. */
    public static Optional<String> keyIdOf(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        Matcher m = STORED.matcher(stored);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Whether a stored value is already encrypted with the active key (nothing to re-encrypt). */
    public boolean isUnderActiveKey(String stored) {
        return stored == null || keyIdOf(stored).filter(ring.activeKeyId()::equals).isPresent();
    }

    /** The value decrypted and encrypted again with the active key. */
    public String reencrypt(String stored) {
        return encrypt(decrypt(stored));
    }
}
