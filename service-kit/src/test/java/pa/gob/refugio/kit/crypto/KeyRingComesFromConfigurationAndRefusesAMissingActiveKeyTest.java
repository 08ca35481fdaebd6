package pa.gob.refugio.kit.crypto;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KeyRingComesFromConfigurationAndRefusesAMissingActiveKeyTest {

    /** A configuration: names as the config lists them; lookups by property name (as env and profiles resolve). */
    private static KeyRing read(Map<String, String> listed, Map<String, String> resolved) {
        return KeyRing.fromConfiguration(listed.keySet(), name -> Optional.ofNullable(resolved.get(name)));
    }

    @Test
    void keysComeFromPropertiesProfilesAndEnvironmentVariables() {
        String local1 = Keys.base64();
        String old = Keys.base64();
        String test1 = Keys.base64();
        Map<String, String> listed = new HashMap<>();
        listed.put("REFUGIO_CRYPTO_KEYS_LOCAL1", local1);
        listed.put("refugio.crypto.keys.old", old);
        listed.put("%dev,test.refugio.crypto.keys.test1", test1);
        listed.put("REFUGIO_CRYPTO_ACTIVE_KEY", "local1");
        Map<String, String> resolved = Map.of("refugio.crypto.keys.local1", local1, "refugio.crypto.keys.old", old,
                "refugio.crypto.active-key", "LOCAL1");

        KeyRing ring = read(listed, resolved);

        assertEquals("local1", ring.activeKeyId());
        assertEquals(Set.of("local1", "old"), ring.keyIds(), "test1 belongs to a profile that is not active");
        assertFalse(ring.toString().contains(local1), "the key material is never printed");
    }

    @Test
    void aServiceWithoutAnActiveKeyDoesNotStart() {
        String k = Keys.base64();
        IllegalStateException none = assertThrows(IllegalStateException.class,
                () -> read(Map.of("refugio.crypto.keys.k1", k), Map.of("refugio.crypto.keys.k1", k)));
        assertTrue(none.getMessage().contains("REFUGIO_CRYPTO_ACTIVE_KEY"), none.getMessage());

        IllegalStateException unknown = assertThrows(IllegalStateException.class,
                () -> read(Map.of("refugio.crypto.keys.k1", k), Map.of("refugio.crypto.keys.k1", k,
                        "refugio.crypto.active-key", "k2")));
        assertTrue(unknown.getMessage().contains("REFUGIO_CRYPTO_KEYS_K2"), unknown.getMessage());
        assertFalse(unknown.getMessage().contains(k));

        assertThrows(IllegalStateException.class, () -> read(Map.of(), Map.of("refugio.crypto.active-key", "k1")));
    }

    @Test
    void aKeyMustBeBase64Of32Bytes() {
        String short16 = Base64.getEncoder().encodeToString(new byte[16]);
        assertThrows(IllegalStateException.class, () -> read(Map.of("refugio.crypto.keys.k1", short16),
                Map.of("refugio.crypto.keys.k1", short16, "refugio.crypto.active-key", "k1")));
        assertThrows(IllegalStateException.class, () -> read(Map.of("refugio.crypto.keys.k1", "*"),
                Map.of("refugio.crypto.keys.k1", "not base64!", "refugio.crypto.active-key", "k1")));
        assertThrows(IllegalStateException.class, () -> KeyRing.of(Map.of("bad-id", Keys.random()), "bad-id"));
    }

    @Test
    void extraEncryptedColumnsAreDeclaredAsTableDotColumn() {
        EncryptedColumns columns = EncryptedColumns.parse(List.of("member.id_document_number", " Application.Grounds_Stated ", ""));
        assertEquals(List.of(new EncryptedColumns.Column("member", "id_document_number", "id"),
                new EncryptedColumns.Column("application", "grounds_stated", "id")), columns.columns());
        assertThrows(IllegalStateException.class, () -> EncryptedColumns.parse(List.of("summary")));
        assertThrows(IllegalStateException.class, () -> EncryptedColumns.parse(List.of("a.b.c")));
        assertThrows(IllegalStateException.class, () -> EncryptedColumns.parse(List.of("t.c;drop table t")));
        assertTrue(EncryptedColumns.parse(List.of()).isEmpty());
    }
}
