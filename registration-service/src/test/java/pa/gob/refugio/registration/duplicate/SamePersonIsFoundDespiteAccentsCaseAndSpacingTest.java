package pa.gob.refugio.registration.duplicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.registration.duplicate.SearchKeys.Key;
import pa.gob.refugio.registration.duplicate.SearchKeys.Kind;

class SamePersonIsFoundDespiteAccentsCaseAndSpacingTest {

    private final SearchKeys keys = new SearchKeys("a-test-key-of-enough-length");
    private static final LocalDate BORN = LocalDate.of(1988, 3, 14);

    @Test
    void namesAreComparedWithoutAccentsCasePunctuationOrExtraSpaces() {
        assertEquals("ANA MARIA PEREZ ROJAS", SearchKeys.normaliseName("  Ana  María Pérez-Rojas "));
        assertEquals(keys.of(null, null, null, "Ana María", "Pérez Rojas", BORN, List.of("VEN")),
                keys.of(null, null, null, "ANA MARIA", "perez  rojas", BORN, List.of("VEN")));
    }

    @Test
    void documentNumbersIgnoreSeparatorsAndCase() {
        Key a = keys.of("PASSPORT", "ab-123 456", "VEN", "X", "Y", BORN, List.of("VEN")).get(0);
        Key b = keys.of("PASSPORT", "AB123456", "VEN", "Other", "Name", BORN.plusDays(1), List.of("COL")).get(0);
        assertEquals(Kind.IDENTITY_DOCUMENT, a.kind());
        assertEquals(a, b);
    }

    @Test
    void theSameNumberFromAnotherCountryOrOfAnotherTypeIsAnotherDocument() {
        Key venezuelan = keys.of("PASSPORT", "123", "VEN", "X", "Y", BORN, List.of("VEN")).get(0);
        assertNotEquals(venezuelan, keys.of("PASSPORT", "123", "COL", "X", "Y", BORN, List.of("VEN")).get(0));
        assertNotEquals(venezuelan, keys.of("NATIONAL_ID", "123", "VEN", "X", "Y", BORN, List.of("VEN")).get(0));
    }

    @Test
    void onePersonKeyPerNationalityAndNoDocumentKeyWithoutADocument() {
        List<Key> dual = keys.of(null, null, null, "Luis", "Rojas", BORN, List.of("VEN", "COL"));
        assertEquals(2, dual.size());
        assertTrue(dual.stream().allMatch(k -> k.kind() == Kind.NAMES_BIRTH_NATIONALITY));
        assertTrue(dual.contains(keys.of(null, null, null, "Luis", "Rojas", BORN, List.of("COL")).get(0)));
        assertFalse(dual.contains(keys.of(null, null, null, "Luis", "Rojas", BORN.plusDays(1), List.of("COL")).get(0)));
    }

    @Test
    void theHashDependsOnTheSecretKeySoTheRawValuesCannotBeLookedUpWithoutIt() {
        SearchKeys other = new SearchKeys("another-secret-key-123");
        assertNotEquals(keys.of("PASSPORT", "1", "VEN", "A", "B", BORN, List.of("VEN")),
                other.of("PASSPORT", "1", "VEN", "A", "B", BORN, List.of("VEN")));
        assertFalse(keys.of("PASSPORT", "AB123456", "VEN", "A", "B", BORN, List.of("VEN")).get(0).hash()
                .contains("AB123456"));
        assertThrows(IllegalArgumentException.class, () -> new SearchKeys("short"));
    }
}
