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

    private final Binding place = new Binding("member", "id_document_number", "7");

    @Test
    void rotatingAddsAKeyActivatesItReEncryptsAndOnlyThenRemovesTheOldOne() {
        FieldCipher before = new FieldCipher(Keys.ring("k1", "k1", k1), false);
        String old = before.seal("Cédula V-12.345.678", place);

        // 1. the new key is added, not yet active: nothing changes for writers
        FieldCipher added = new FieldCipher(Keys.ring("k1", "k1", k1, "k2", k2), false);
        assertTrue(added.seal("x", place).startsWith("v2:k1:"));

        // 2. the new key is active: new values use it, old ones still decrypt with their own key
        FieldCipher rotated = new FieldCipher(Keys.ring("k2", "k1", k1, "k2", k2), false);
        assertTrue(rotated.seal("x", place).startsWith("v2:k2:"));
        assertEquals("Cédula V-12.345.678", rotated.open(old, place));
        assertFalse(rotated.isUnderActiveKey(old));
        assertEquals(Optional.of("k1"), FieldCipher.keyIdOf(old));

        // 3. the job re-encrypts old values with the active key, at the same place
        String again = rotated.reseal(old, place);
        assertTrue(again.startsWith("v2:k2:"));
        assertTrue(rotated.isUnderActiveKey(again));
        assertEquals("Cédula V-12.345.678", rotated.open(again, place));

        // 4. the old key is removed: re-encrypted values read, a forgotten old one is refused, not garbled
        FieldCipher after = new FieldCipher(Keys.ring("k2", "k2", k2), false);
        assertEquals("Cédula V-12.345.678", after.open(again, place));
        assertThrows(DecryptionFailed.class, () -> after.open(old, place));
    }

    @Test
    void legacyV1ValuesAndPlaintextAreRewrittenAsV2WhilePlaintextIsAllowed() {
        FieldCipher migrating = new FieldCipher(Keys.ring("k2", "k1", k1, "k2", k2), true);
        String again = migrating.reseal("Relato en texto plano", place);
        assertTrue(again.startsWith("v2:k2:"));
        assertEquals("Relato en texto plano", migrating.open(again, place));
        assertEquals(Optional.empty(), FieldCipher.keyIdOf("Relato en texto plano"));
        String v1 = new FieldCipher(Keys.ring("k1", "k1", k1), false).encrypt("Relato v1");
        assertTrue(migrating.reseal(v1, place).startsWith("v2:k2:"));
        FieldCipher strict = new FieldCipher(Keys.ring("k2", "k1", k1, "k2", k2), false);
        assertThrows(DecryptionFailed.class, () -> strict.reseal("Relato en texto plano", place));
    }
}
