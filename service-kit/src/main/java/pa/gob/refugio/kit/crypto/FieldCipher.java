package pa.gob.refugio.kit.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts and decrypts one value: AES-256-GCM, a random 96-bit IV per value, 128-bit tag.
 * <ul>
 *   <li>{@code v2} (written now): text {@code v2:<keyId>:<base64(iv || ciphertext || tag)>}, bytes
 *       {@code v2:<keyId>:} (ASCII) followed by {@code iv || ciphertext || tag}; the GCM associated data is
 *       {@code v2:<keyId>:<table>.<column>:<rowId>} ({@link Binding}), so a value moved to another row, column or
 *       table fails authentication.</li>
 *   <li>{@code v1} (legacy, read only): {@code v1:<keyId>:<base64>} with {@code v1:<keyId>} as associated data;
 *       the re-encryption job rewrites it as {@code v2}.</li>
 * </ul>
 * A value in neither form is plaintext: read only while {@code refugio.crypto.allow-plaintext} is true. Thread-safe.
 */
public final class FieldCipher {

    /** The legacy format (no binding). */
    public static final String VERSION = "v1";
    /** The format written now (bound to table, column and row id). */
    public static final String V2 = "v2";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Pattern STORED = Pattern.compile("v1:([a-z0-9]{1,32}):([A-Za-z0-9+/]+={0,2})");
    private static final Pattern SEALED = Pattern.compile("v2:([a-z0-9]{1,32}):([A-Za-z0-9+/]+={0,2})");
    private static final Pattern SEALED_BYTES_PREFIX = Pattern.compile("v2:([a-z0-9]{1,32}):");

    private final KeyRing ring;
    private final boolean allowPlaintext;
    private final SecureRandom random;

    /**
     * @param allowPlaintext whether a stored value that is not of an encrypted form is read as legacy plaintext
     *                       (written before encryption) rather than refused
     */
    public FieldCipher(KeyRing ring, boolean allowPlaintext) {
        this(ring, allowPlaintext, new SecureRandom());
    }

    FieldCipher(KeyRing ring, boolean allowPlaintext, SecureRandom random) {
        this.ring = ring;
        this.allowPlaintext = allowPlaintext;
        this.random = random;
    }

    public KeyRing keyRing() {
        return ring;
    }

    public boolean allowsPlaintext() {
        return allowPlaintext;
    }

    // ---------------------------------------------------------------- v2: bound to table, column and row

    /** The {@code v2} text of {@code plaintext} under the active key, bound to {@code where}; null stays null. */
    public String seal(String plaintext, Binding where) {
        if (plaintext == null) {
            return null;
        }
        String prefix = V2 + ":" + ring.activeKeyId() + ":";
        byte[] out = gcm(plaintext.getBytes(StandardCharsets.UTF_8), prefix + where.associatedData());
        return prefix + Base64.getEncoder().encodeToString(out);
    }

    /** The {@code v2} bytes of {@code plain} under the active key, bound to {@code where}; null stays null. */
    public byte[] seal(byte[] plain, Binding where) {
        if (plain == null) {
            return null;
        }
        String prefix = V2 + ":" + ring.activeKeyId() + ":";
        byte[] sealed = gcm(plain, prefix + where.associatedData());
        byte[] head = prefix.getBytes(StandardCharsets.US_ASCII);
        byte[] out = Arrays.copyOf(head, head.length + sealed.length);
        System.arraycopy(sealed, 0, out, head.length, sealed.length);
        return out;
    }

    /**
     * The plain value of a stored text read at {@code where}: {@code v2} must have been written there; {@code v1}
     * (legacy) still reads; plaintext only while allowed. Null stays null.
     */
    public String open(String stored, Binding where) {
        if (stored == null) {
            return null;
        }
        Matcher m = SEALED.matcher(stored);
        if (m.matches()) {
            String keyId = m.group(1);
            byte[] in = base64(m.group(2), keyId, where);
            return new String(ungcm(in, 0, keyId, V2 + ":" + keyId + ":" + where.associatedData(), where),
                    StandardCharsets.UTF_8);
        }
        return decrypt(stored);
    }

    /** The plain bytes of stored ones read at {@code where} ({@code v2}, or plaintext only while allowed). */
    public byte[] open(byte[] stored, Binding where) {
        if (stored == null) {
            return null;
        }
        Optional<String> keyId = keyIdOfSealed(stored);
        if (keyId.isEmpty()) {
            if (allowPlaintext) {
                return stored;
            }
            throw new DecryptionFailed("A stored value of " + where.table() + "." + where.column()
                    + " is not encrypted, and plaintext is refused (refugio.crypto.allow-plaintext=false)");
        }
        int offset = (V2 + ":" + keyId.get() + ":").length();
        return ungcm(stored, offset, keyId.get(), V2 + ":" + keyId.get() + ":" + where.associatedData(), where);
    }

    /** Whether a text is of the {@code v2} form (a value sealed for some place, not checked here). */
    public static boolean isSealed(String stored) {
        return stored != null && SEALED.matcher(stored).matches();
    }

    /** Whether bytes start as a {@code v2} value does. */
    public static boolean isSealed(byte[] stored) {
        return keyIdOfSealed(stored).isPresent();
    }

    private static Optional<String> keyIdOfSealed(byte[] stored) {
        if (stored == null || stored.length < 5) {
            return Optional.empty();
        }
        String head = new String(stored, 0, Math.min(stored.length, 36), StandardCharsets.ISO_8859_1);
        Matcher m = SEALED_BYTES_PREFIX.matcher(head);
        return m.lookingAt() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The stored text (v1, plaintext or v2 of another key) written again as v2 under the active key at {@code where}. */
    public String reseal(String stored, Binding where) {
        return seal(open(stored, where), where);
    }

    /** The stored bytes written again as v2 under the active key at {@code where}. */
    public byte[] reseal(byte[] stored, Binding where) {
        return seal(open(stored, where), where);
    }

    private byte[] gcm(byte[] plain, String associatedData) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, ring.activeKey(), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    private byte[] ungcm(byte[] in, int offset, String keyId, String associatedData, Binding where) {
        SecretKey key = ring.key(keyId).orElseThrow(() -> new DecryptionFailed("A stored value of " + where.table()
                + "." + where.column() + " is encrypted with key '" + keyId + "', which is not configured ("
                + KeyRing.KEYS_PREFIX + keyId + ")"));
        if (in.length - offset < IV_BYTES + TAG_BITS / 8) {
            throw new DecryptionFailed("A stored value of " + where.table() + "." + where.column() + " under key '"
                    + keyId + "' is too short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, offset, IV_BYTES));
            cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(in, offset + IV_BYTES, in.length - offset - IV_BYTES);
        } catch (AEADBadTagException e) {
            throw new DecryptionFailed("A stored value of " + where.table() + "." + where.column() + " under key '"
                    + keyId + "' failed authentication: altered, written for another row or column, or encrypted "
                    + "with another key of that id", e);
        } catch (GeneralSecurityException e) {
            throw new DecryptionFailed("A stored value under key '" + keyId + "' cannot be decrypted", e);
        }
    }

    private static byte[] base64(String text, String keyId, Binding where) {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new DecryptionFailed("A stored value of " + where.table() + "." + where.column() + " under key '"
                    + keyId + "' is not valid base64");
        }
    }

    // ---------------------------------------------------------------- v1: legacy, unbound

    /**
     * The legacy {@code v1} form of {@code plaintext} (not bound to its place). Nothing writes it any more but
     * tests of legacy values; use {@link #seal(String, Binding)}.
     */
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

    /**
     * The plain value of a legacy {@code v1} value, or of plaintext while allowed; null stays null. A {@code v2}
     * value is refused here: it is read with {@link #open(String, Binding)}, which knows its place.
     */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        Matcher m = STORED.matcher(stored);
        if (!m.matches()) {
            if (allowPlaintext && !stored.startsWith(VERSION + ":") && !stored.startsWith(V2 + ":")) {
                return stored; // written before encryption: the re-encryption job will encrypt it
            }
            if (!stored.startsWith(VERSION + ":") && !stored.startsWith(V2 + ":")) {
                throw new DecryptionFailed("A stored value is not encrypted, and plaintext is refused "
                        + "(refugio.crypto.allow-plaintext=false)");
            }
            throw new DecryptionFailed("A stored value is neither " + VERSION + ":<keyId>:<base64> nor a " + V2
                    + " value read at its place");
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

    /** The key id a stored text names (v1 or v2), or empty for plaintext. */
    public static Optional<String> keyIdOf(String stored) {
        if (stored == null) {
            return Optional.empty();
        }
        Matcher m = STORED.matcher(stored);
        if (m.matches()) {
            return Optional.of(m.group(1));
        }
        Matcher sealed = SEALED.matcher(stored);
        return sealed.matches() ? Optional.of(sealed.group(1)) : Optional.empty();
    }

    /** Whether a stored text is already v2 under the active key (nothing to re-encrypt). */
    public boolean isUnderActiveKey(String stored) {
        return stored == null || (stored.startsWith(V2 + ":")
                && keyIdOf(stored).filter(ring.activeKeyId()::equals).isPresent());
    }

    /** A legacy value decrypted and encrypted again, still v1, with the active key (tests of legacy values). */
    public String reencrypt(String stored) {
        return encrypt(decrypt(stored));
    }
}
