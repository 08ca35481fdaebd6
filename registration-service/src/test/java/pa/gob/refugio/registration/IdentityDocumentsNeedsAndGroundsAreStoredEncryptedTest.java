package pa.gob.refugio.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.kit.crypto.FieldCipher;
import pa.gob.refugio.kit.crypto.KeyRing;
import pa.gob.refugio.kit.crypto.ReEncryptionJob;
import pa.gob.refugio.registration.file.MemberFiles;
import pa.gob.refugio.registration.file.UploadRules.FileKind;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class IdentityDocumentsNeedsAndGroundsAreStoredEncryptedTest {

    @Inject
    DataSource db;
    @Inject
    ReEncryptionJob reencryption;
    @Inject
    MemberFiles files;

    private static String person(String surname, String passport, String grounds) {
        return """
                {"intakeSite": "ONPAR Balboa", "entryDate": "%s", "groundsStated": "%s",
                 "members": [{"role": "PRINCIPAL", "givenNames": "Yolanda", "familyNames": "%s", "sex": "F",
                   "dateOfBirth": "1984-07-08", "nationalities": ["VEN"],
                   "specificNeeds": ["SURVIVOR_OF_VIOLENCE", "MENTAL_HEALTH"],
                   "identityDocument": {"type": "PASSPORT", "number": "%s", "issuingCountry": "VEN"}}]}"""
                .formatted(LocalDate.now().minusDays(5), grounds, surname, passport);
    }

    @Test
    void theDatabaseHoldsCiphertextTheApiPlaintextAndDuplicatesAreStillFoundByKeyedHash() throws SQLException {
        String surname = Families.uniqueSurname();
        String passport = "V" + Math.abs(surname.hashCode());
        String grounds = "Persecución política por su sindicato " + UUID.randomUUID();
        JsonPath registered = Families.register(person(surname, passport, grounds));
        UUID caseId = Families.caseId(registered);
        UUID memberId = UUID.fromString(registered.getString("application.members[0].memberId"));

        String number = stored("member", "id_document_number", memberId);
        String needs = stored("member", "specific_needs", memberId);
        String storedGrounds = stored("application", "grounds_stated", caseId);
        for (String value : List.of(number, needs, storedGrounds)) {
            assertTrue(value.startsWith("v2:test1:"), value);
        }
        assertFalse(number.contains(passport));
        assertFalse(needs.contains("MENTAL_HEALTH"));
        assertFalse(storedGrounds.contains("sindicato"));
        readBack(caseId, passport, grounds);

        // The search needs no decryption: the same passport written differently is found through search_key.
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/json")
                .body(person(Families.uniqueSurname(), passport.toLowerCase(), "otra"))
                .when().post("/api/v1/applications")
                .then().statusCode(409).body("type", containsString("possible-duplicate"))
                .body("existingCases[0].caseNumber", equalTo(registered.getString("application.caseNumber")));
    }

    @Test
    void legacyV1ValuesStillReadAndAreRewrittenAsV2BoundToTheirRow() throws SQLException {
        String surname = Families.uniqueSurname();
        String passport = "R" + Math.abs(surname.hashCode());
        String grounds = "Amenazas de un grupo armado " + UUID.randomUUID();
        JsonPath registered = Families.register(person(surname, passport, grounds));
        UUID caseId = Families.caseId(registered);
        UUID memberId = UUID.fromString(registered.getString("application.members[0].memberId"));

        FieldCipher retired = new FieldCipher(KeyRing.of(Map.of("test0", Base64.getDecoder().decode(
                ConfigProvider.getConfig().getValue("refugio.crypto.keys.test0", String.class))), "test0"), false);
        store("member", "id_document_number", memberId, retired.encrypt(passport));                // v1, retired key
        store("member", "specific_needs", memberId, retired.encrypt("SURVIVOR_OF_VIOLENCE,MENTAL_HEALTH"));
        store("application", "grounds_stated", caseId, retired.encrypt(grounds));
        readBack(caseId, passport, grounds);

        assertTrue(reencryption.reencryptAll() >= 3);
        assertTrue(stored("member", "id_document_number", memberId).startsWith("v2:test1:"));
        assertTrue(stored("member", "specific_needs", memberId).startsWith("v2:test1:"));
        assertTrue(stored("application", "grounds_stated", caseId).startsWith("v2:test1:"));
        readBack(caseId, passport, grounds);
        assertFalse(reencryption.valuesPerKey().keySet().stream().anyMatch(k -> !k.equals("v2:test1")),
                "nothing left under test0, in v1 or in plaintext: " + reencryption.valuesPerKey());
    }

    @Test
    void aCiphertextMovedToAnotherRowAndPlaintextAreRefusedOnRead() throws SQLException {
        JsonPath a = Families.register(person(Families.uniqueSurname(), "A" + UUID.randomUUID().hashCode(),
                "Relato A " + UUID.randomUUID()));
        String surnameB = Families.uniqueSurname();
        String passportB = "B" + Math.abs(surnameB.hashCode());
        String groundsB = "Relato B " + UUID.randomUUID();
        JsonPath b = Families.register(person(surnameB, passportB, groundsB));
        UUID caseA = Families.caseId(a);
        UUID caseB = Families.caseId(b);
        String groundsOfA = stored("application", "grounds_stated", caseA);
        String groundsOfB = stored("application", "grounds_stated", caseB);

        store("application", "grounds_stated", caseB, groundsOfA); // a valid ciphertext, of another row
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).when().get("/api/v1/applications/" + caseB)
                .then().statusCode(500).body(org.hamcrest.Matchers.not(containsString("Relato A")));
        store("application", "grounds_stated", caseB, "Relato en texto plano"); // written around the application
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).when().get("/api/v1/applications/" + caseB)
                .then().statusCode(500).body(org.hamcrest.Matchers.not(containsString("texto plano")));
        reencryption.reencryptAll();
        assertEquals("Relato en texto plano", stored("application", "grounds_stated", caseB),
                "the job never encrypts plaintext in a sealed column (it would make it look authentic)");

        store("application", "grounds_stated", caseB, groundsOfB); // back in place: reads again
        readBack(caseB, passportB, groundsB);
    }

    @Test
    void lateFilingJustificationsAndUploadsAreStoredEncrypted() throws SQLException {
        String justification = "Hospitalizada en Darién MARKER-" + UUID.randomUUID();
        String body = person(Families.uniqueSurname(), "L" + UUID.randomUUID().hashCode(), "Motivos")
                .replace("\"entryDate\": \"" + LocalDate.now().minusDays(5),
                        "\"entryDate\": \"" + LocalDate.now().minusYears(1))
                .replaceFirst("\\{\"intakeSite\"", "{\"lateFilingJustification\": \"" + justification
                        + "\", \"intakeSite\"");
        JsonPath registered = Families.register(body);
        UUID caseId = Families.caseId(registered);
        String stored = stored("application", "late_justification", caseId);
        assertTrue(stored.startsWith("v2:test1:"), stored);
        assertFalse(stored.contains("MARKER"));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).when().get("/api/v1/applications/" + caseId)
                .then().statusCode(200).body("lateFilingJustification", equalTo(justification));

        String memberId = registered.getString("application.members[0].memberId");
        String base = "/api/v1/applications/" + caseId + "/members/" + memberId;
        byte[] pdf = ("%PDF-1.4\n% Pasaporte MARKER-" + UUID.randomUUID() + "\n").getBytes(
                java.nio.charset.StandardCharsets.US_ASCII);
        for (int i = 0; i < 2; i++) { // the second upload loads the stored file (opened) and replaces it
            given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/pdf").body(pdf)
                    .when().put(base + "/identity-document-copy").then().statusCode(200);
        }
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select encode(content, 'escape') from member_file"
                     + " where member_id = ?")) {
            s.setObject(1, UUID.fromString(memberId));
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                String content = r.getString(1);
                assertTrue(content.startsWith("v2:test1:"), "bytes stored as v2");
                assertFalse(content.contains("MARKER"));
            }
        }
        assertArrayEquals(pdf, io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> files.find(
                        UUID.fromString(memberId), FileKind.IDENTITY_DOCUMENT_COPY).orElseThrow().content()),
                "read back in plain, bound to its member and kind");
    }

    private static void readBack(UUID caseId, String passport, String grounds) {
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .when().get("/api/v1/applications/" + caseId)
                .then().statusCode(200)
                .body("members[0].identityDocument.number", equalTo(passport))
                .body("members[0].specificNeeds", contains("SURVIVOR_OF_VIOLENCE", "MENTAL_HEALTH"))
                .body("groundsStated", equalTo(grounds));
    }

    private String stored(String table, String column, UUID id) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select " + column + " from " + table + " where id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getString(1);
            }
        }
    }

    private void store(String table, String column, UUID id, String value) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("update " + table + " set " + column + " = ? where id = ?")) {
            s.setString(1, value);
            s.setObject(2, id);
            assertEquals(1, s.executeUpdate());
        }
    }
}
