package pa.gob.refugio.kit.crypto;

import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The AES-256 keys a service may decrypt with, by key id, and the one it encrypts with (the active key). Built from
 * configuration: {@code refugio.crypto.keys.<keyId>} (env {@code REFUGIO_CRYPTO_KEYS_<KEYID>}) holding the base64
 * of 32 bytes, and {@code refugio.crypto.active-key}. Key ids are letters and digits, compared in lower case.
 */
public final class KeyRing {

    public static final String KEYS_PREFIX = "refugio.crypto.keys.";
    public static final String ACTIVE_KEY = "refugio.crypto.active-key";
    private static final Pattern KEY_ID = Pattern.compile("[a-z0-9]{1,32}");
    private static final Pattern PROPERTY = Pattern.compile("(?:%[^.]*\\.)?refugio\\.crypto\\.keys\\.([A-Za-z0-9]+)");
    private static final Pattern ENV = Pattern.compile("REFUGIO_CRYPTO_KEYS_([A-Z0-9]+)");

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;

    private KeyRing(Map<String, SecretKey> keys, String activeKeyId) {
        this.keys = keys;
        this.activeKeyId = activeKeyId;
    }

    /** A ring of raw 32-byte keys; the active key must be one of them. */
    public static KeyRing of(Map<String, byte[]> rawKeys, String activeKeyId) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        rawKeys.forEach((id, bytes) -> {
            String keyId = keyId(id);
            if (bytes == null || bytes.length != 32) {
                throw new IllegalStateException("Encryption key '" + keyId + "' must be 32 bytes (AES-256), not "
                        + (bytes == null ? 0 : bytes.length));
            }
            keys.put(keyId, new SecretKeySpec(bytes.clone(), "AES"));
        });
        if (activeKeyId == null || activeKeyId.isBlank()) {
            throw new IllegalStateException("No active encryption key: set " + ACTIVE_KEY
                    + " (REFUGIO_CRYPTO_ACTIVE_KEY) and " + KEYS_PREFIX + "<keyId> (REFUGIO_CRYPTO_KEYS_<KEYID>)");
        }
        String active = keyId(activeKeyId);
        if (!keys.containsKey(active)) {
            throw new IllegalStateException("The active encryption key '" + active + "' is not configured: set "
                    + KEYS_PREFIX + active + " (REFUGIO_CRYPTO_KEYS_" + active.toUpperCase(Locale.ROOT)
                    + "); configured key ids: " + new TreeSet<>(keys.keySet()));
        }
        return new KeyRing(Collections.unmodifiableMap(keys), active);
    }

    /**
     * Reads the ring from configuration. {@code propertyNames} are every name the configuration knows (property
     * names such as {@code refugio.crypto.keys.k1}, possibly profile-prefixed, and environment names such as
     * {@code REFUGIO_CRYPTO_KEYS_K1}); {@code lookup} resolves a property name to its value (profiles and
     * environment included).
     */
    public static KeyRing fromConfiguration(Iterable<String> propertyNames, Function<String, Optional<String>> lookup) {
        Set<String> ids = new TreeSet<>();
        for (String name : propertyNames) {
            Matcher property = PROPERTY.matcher(name);
            Matcher env = ENV.matcher(name);
            if (property.matches()) {
                ids.add(property.group(1).toLowerCase(Locale.ROOT));
            } else if (env.matches()) {
                ids.add(env.group(1).toLowerCase(Locale.ROOT));
            }
        }
        Map<String, byte[]> raw = new LinkedHashMap<>();
        for (String id : ids) {
            Optional<String> value = lookup.apply(KEYS_PREFIX + id).filter(v -> !v.isBlank());
            if (value.isPresent()) {
                try {
                    raw.put(id, Base64.getDecoder().decode(value.get().strip()));
                } catch (IllegalArgumentException e) {
                    throw new IllegalStateException("Encryption key '" + id + "' is not valid base64");
                }
            }
        }
        return of(raw, lookup.apply(ACTIVE_KEY).orElse(null));
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    SecretKey activeKey() {
        return keys.get(activeKeyId);
    }

    Optional<SecretKey> key(String keyId) {
        return Optional.ofNullable(keys.get(keyId));
    }

    public Set<String> keyIds() {
        return keys.keySet();
    }

    static String keyId(String id) {
        String keyId = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        if (!KEY_ID.matcher(keyId).matches()) {
            throw new IllegalStateException("An encryption key id is letters and digits (at most 32), not '" + id + "'");
        }
        return keyId;
    }

    @Override
    public String toString() {
        return "KeyRing" + keys.keySet() + " active=" + activeKeyId; // never the key material
    }
}
