package pa.gob.refugio.kit.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class KeyRotationKeepsOldValuesReadableUntilTheyAreReEncryptedTest {

    private final byte[] k1 = Keys.random();
    private final byte[] k2 = Keys.random();

    @Test
    void rotatingAddsAKeyActivatesItReEncryptsAndOnlyThenRemovesTheOldOne() {
        FieldCipher before = new FieldCipher(Keys.ring("k1", "k1", k1), true);
        String old = before.encrypt("Cédula V-12.345.678");

        // 1. the new key is added, not yet active: nothing changes for writers
        FieldCipher added = new FieldCipher(Keys.ring("k1", "k1", k1, "k2", k2), true);
        assertTrue(added.encrypt("x").startsWith("v1:k1:"));

        // 2. the new key is active: new values use it, old ones still decrypt with their own key
        FieldCipher rotated = new FieldCipher(Keys.ring("k2", "k1", k1, "k2", k2), true);
        assertTrue(rotated.encrypt("x").startsWith("v1:k2:"));
        assertEquals("Cédula V-12.345.678", rotated.decrypt(old));
        assertFalse(rotated.isUnderActiveKey(old));
        assertEquals(Optional.of("k1"), FieldCipher.keyIdOf(old));

        // 3. the job re-encrypts old values with the active key
        String again = rotated.reencrypt(old);
        assertTrue(again.startsWith("v1:k2:"));
        assertTrue(rotated.isUnderActiveKey(again));
        assertEquals("Cédula V-12.345.678", rotated.decrypt(again));

        // 4. the old key is removed: re-encrypted values read, a forgotten old one is refused, not garbled
        FieldCipher after = new FieldCipher(Keys.ring("k2", "k2", k2), true);
        assertEquals("Cédula V-12.345.678", after.decrypt(again));
        assertThrows(DecryptionFailed.class, () -> after.decrypt(old));
    }

    @Test
    void legacyPlaintextIsEncryptedByTheSameReEncryption() {
        FieldCipher cipher = new FieldCipher(Keys.ring("k2", "k1", k1, "k2", k2), true);
        String again = cipher.reencrypt("Relato en texto plano");
        assertTrue(again.startsWith("v1:k2:"));
        assertEquals("Relato en texto plano", cipher.decrypt(again));
        assertEquals(Optional.empty(), FieldCipher.keyIdOf("Relato en texto plano"));
    }
}
