package pa.gob.refugio.kit.crypto;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Format v2: the GCM associated data covers key id, table, column and row id (issue 11). */
class CiphertextsAreBoundToTheirTableColumnAndRowTest {

    private final byte[] k1 = Keys.random();
    private final FieldCipher cipher = new FieldCipher(Keys.ring("k1", "k1", k1), false);
    private final Binding row1 = new Binding("member", "id_document_number", "5b0f6f6e-0000-4000-8000-000000000001");
    private final Binding row2 = new Binding("member", "id_document_number", "5b0f6f6e-0000-4000-8000-000000000002");
    private final Binding otherColumn = new Binding("member", "specific_needs", row1.rowId());
    private final Binding otherTable = new Binding("application", "id_document_number", row1.rowId());

    @Test
    void aValueReadsBackAtItsOwnPlace() {
        String stored = cipher.seal("P1234567", row1);
        assertTrue(stored.startsWith("v2:k1:"), stored);
        assertFalse(stored.contains("P1234567"));
        assertEquals("P1234567", cipher.open(stored, row1));
    }

    @Test
    void aValueSwappedToAnotherRowFailsToDecrypt() {
        String stored = cipher.seal("P1234567", row1);
        DecryptionFailed swapped = assertThrows(DecryptionFailed.class, () -> cipher.open(stored, row2));
        assertFalse(swapped.getMessage().contains("P1234567"), "the message never holds the value");
        assertFalse(swapped.getMessage().contains(stored), "nor the stored value");
    }

    @Test
    void aValueSwappedToAnotherColumnOrTableFailsToDecrypt() {
        String stored = cipher.seal("SURVIVOR_OF_VIOLENCE", row1);
        assertThrows(DecryptionFailed.class, () -> cipher.open(stored, otherColumn));
        assertThrows(DecryptionFailed.class, () -> cipher.open(stored, otherTable));
    }

    @Test
    void bytesAreBoundTheSameWay() {
        byte[] photo = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 'M', 'A', 'R', 'K', 'E', 'R'};
        Binding file1 = new Binding("member_file", "content", Binding.rowId(List.of("m-1", "PHOTO")));
        Binding file2 = new Binding("member_file", "content", Binding.rowId(List.of("m-1", "ID_DOCUMENT")));
        byte[] stored = cipher.seal(photo, file1);
        assertTrue(FieldCipher.isSealed(stored));
        assertFalse(new String(stored, StandardCharsets.ISO_8859_1).contains("MARKER"));
        assertArrayEquals(photo, cipher.open(stored, file1));
        assertThrows(DecryptionFailed.class, () -> cipher.open(stored, file2));
        assertThrows(DecryptionFailed.class, () -> cipher.open(photo, file1), "plaintext bytes are refused");
        assertArrayEquals(photo, new FieldCipher(cipher.keyRing(), true).open(photo, file1),
                "...unless plaintext is allowed");
    }

    @Test
    void aLegacyV1ValueStillReadsAndIsRewrittenAsV2() {
        String legacy = cipher.encrypt("Relato del solicitante");
        assertTrue(legacy.startsWith("v1:k1:"));
        assertEquals("Relato del solicitante", cipher.open(legacy, row1), "v1 is not bound: it reads anywhere");
        assertFalse(cipher.isUnderActiveKey(legacy), "the re-encryption job rewrites it");
        String again = cipher.reseal(legacy, row1);
        assertTrue(again.startsWith("v2:k1:"));
        assertTrue(cipher.isUnderActiveKey(again));
        assertEquals("Relato del solicitante", cipher.open(again, row1));
        assertThrows(DecryptionFailed.class, () -> cipher.open(again, row2));
    }

    @Test
    void plaintextInAnEncryptedColumnIsRefusedUnlessAllowed() {
        assertThrows(DecryptionFailed.class, () -> cipher.open("Relato en texto plano", row1));
        assertThrows(DecryptionFailed.class, () -> new EncryptedText(cipher).convertToEntityAttribute("texto"));
        FieldCipher migrating = new FieldCipher(cipher.keyRing(), true);
        assertEquals("Relato en texto plano", migrating.open("Relato en texto plano", row1));
        assertThrows(DecryptionFailed.class, () -> migrating.open("v2:k1:AAAA", row1),
                "what looks encrypted must decrypt, even while plaintext is allowed");
    }

    @Test
    void theKeyIdIsPartOfTheAssociatedData() {
        byte[] same = k1.clone();
        FieldCipher twoIds = new FieldCipher(Keys.ring("a", "a", same, "b", same), false);
        String stored = twoIds.seal("Motivos", row1);
        assertThrows(DecryptionFailed.class, () -> twoIds.open(stored.replace("v2:a:", "v2:b:"), row1));
    }
}
