package pa.gob.refugio.kit.crypto;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Random AES-256 keys for the plain tests. */
final class Keys {

    private static final SecureRandom RANDOM = new SecureRandom();

    static byte[] random() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }

    static String base64() {
        return Base64.getEncoder().encodeToString(random());
    }

    static KeyRing ring(String active, Object... idsAndKeys) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (int i = 0; i < idsAndKeys.length; i += 2) {
            keys.put((String) idsAndKeys[i], (byte[]) idsAndKeys[i + 1]);
        }
        return KeyRing.of(keys, active);
    }

    private Keys() {
    }
}
