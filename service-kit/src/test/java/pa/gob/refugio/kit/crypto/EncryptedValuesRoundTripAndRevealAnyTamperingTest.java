package pa.gob.refugio.kit.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class EncryptedValuesRoundTripAndRevealAnyTamperingTest {

    private final byte[] k1 = Keys.random();
    private final FieldCipher cipher = new FieldCipher(Keys.ring("k1", "k1", k1), true);

    @Test
    void aValueRoundTripsAndIsStoredAsVersionKeyIdAndBase64OfIvCiphertextAndTag() {
        String plain = "Amenazas de un grupo armado en Táchira; teme por sus hijos 👪";
        String stored = cipher.encrypt(plain);

        assertTrue(stored.startsWith("v1:k1:"), stored);
        assertFalse(stored.contains("Táchira"));
        byte[] body = Base64.getDecoder().decode(stored.substring("v1:k1:".length()));
        assertEquals(12 + plain.getBytes(java.nio.charset.StandardCharsets.UTF_8).length + 16, body.length,
                "96-bit IV, ciphertext as long as the UTF-8 plaintext, 128-bit tag");
        assertEquals(plain, cipher.decrypt(stored));
        assertEquals("", cipher.decrypt(cipher.encrypt("")));
        assertNull(cipher.encrypt(null));
        assertNull(cipher.decrypt(null));
    }

    @Test
    void theSameValueEncryptsDifferentlyEveryTime() {
        String a = cipher.encrypt("P1234567");
        String b = cipher.encrypt("P1234567");
        assertNotEquals(a, b, "a random IV per value: equal values cannot be told apart in the database");
        assertEquals(cipher.decrypt(a), cipher.decrypt(b));
    }

    @Test
    void anyAlteredByteIsDetected() {
        String stored = cipher.encrypt("Sobreviviente de violencia");
        byte[] body = Base64.getDecoder().decode(stored.substring(6));
        for (int i = 0; i < body.length; i++) {
            byte[] altered = body.clone();
            altered[i] ^= 0x01;
            String tampered = "v1:k1:" + Base64.getEncoder().encodeToString(altered);
            assertThrows(DecryptionFailed.class, () -> cipher.decrypt(tampered), "byte " + i);
        }
        String truncated = stored.substring(0, 6) + Base64.getEncoder().encodeToString(new byte[20]);
        assertThrows(DecryptionFailed.class, () -> cipher.decrypt(truncated));
        assertThrows(DecryptionFailed.class, () -> cipher.decrypt("v1:k1:not*base64"));
        assertThrows(DecryptionFailed.class, () -> cipher.decrypt("v1:k1:AAAA"));
    }

    @Test
    void theKeyIdIsAuthenticatedToo() {
        byte[] shared = Keys.random();
        FieldCipher twoIds = new FieldCipher(Keys.ring("a", "a", shared, "b", shared), true);
        String stored = twoIds.encrypt("Motivos de la solicitud");
        assertThrows(DecryptionFailed.class, () -> twoIds.decrypt(stored.replace("v1:a:", "v1:b:")),
                "the prefix is the associated data: relabelling a value is detected even under the same key");
    }

    @Test
    void aWrongKeyOrAnUnknownKeyIdIsRefused() {
        String stored = cipher.encrypt("Pasaporte P1234567");
        FieldCipher otherKeySameId = new FieldCipher(Keys.ring("k1", "k1", Keys.random()), true);
        DecryptionFailed wrong = assertThrows(DecryptionFailed.class, () -> otherKeySameId.decrypt(stored));
        assertTrue(wrong.getMessage().contains("k1"));
        assertFalse(wrong.getMessage().contains("P1234567"), "errors never carry the value");

        FieldCipher otherRing = new FieldCipher(Keys.ring("k2", "k2", Keys.random()), true);
        DecryptionFailed unknown = assertThrows(DecryptionFailed.class, () -> otherRing.decrypt(stored));
        assertTrue(unknown.getMessage().contains("'k1'"), unknown.getMessage());
    }

    @Test
    void legacyPlaintextIsReadUntilPlaintextReadingIsTurnedOff() {
        assertEquals("Relato anterior al cifrado", cipher.decrypt("Relato anterior al cifrado"));
        assertEquals("", cipher.decrypt(""));
        assertFalse(cipher.isUnderActiveKey("Relato anterior al cifrado"));
        assertThrows(DecryptionFailed.class, () -> cipher.decrypt("v1:broken"),
                "what looks encrypted must decrypt: it is never passed through as plaintext");

        FieldCipher strict = new FieldCipher(Keys.ring("k1", "k1", k1), false);
        assertThrows(DecryptionFailed.class, () -> strict.decrypt("Relato anterior al cifrado"));
        assertEquals("x", strict.decrypt(cipher.encrypt("x")));
    }

    @Test
    void theConverterPassesSealedValuesThroughAndNeverWritesClearText() {
        EncryptedText converter = new EncryptedText(cipher);
        String sealed = cipher.seal("SURVIVOR_OF_VIOLENCE,MENTAL_HEALTH", new Binding("member", "specific_needs", "1"));
        assertEquals(sealed, converter.convertToDatabaseColumn(sealed), "sealed by EncryptedAttributes: as it is");
        assertEquals(sealed, converter.convertToEntityAttribute(sealed), "opened by EncryptedAttributes after load");
        assertThrows(IllegalStateException.class, () -> converter.convertToDatabaseColumn("SURVIVOR_OF_VIOLENCE"),
                "an unsealed value (bulk update, query parameter) is refused, never stored in clear");
        String legacy = cipher.encrypt("x");
        assertEquals("x", converter.convertToEntityAttribute(legacy), "v1 still reads");
        assertNull(converter.convertToDatabaseColumn(null));
        assertNull(converter.convertToEntityAttribute(null));
    }
}
