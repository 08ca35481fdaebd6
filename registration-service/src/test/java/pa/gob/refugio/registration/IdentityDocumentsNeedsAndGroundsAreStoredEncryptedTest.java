package pa.gob.refugio.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
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
            assertTrue(value.startsWith("v1:test1:"), value);
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
    void valuesUnderTheRetiredKeyOrInPlaintextAreReadAndThenReEncryptedWithTheActiveKey() throws SQLException {
        String surname = Families.uniqueSurname();
        String passport = "R" + Math.abs(surname.hashCode());
        String grounds = "Amenazas de un grupo armado " + UUID.randomUUID();
        JsonPath registered = Families.register(person(surname, passport, grounds));
        UUID caseId = Families.caseId(registered);
        UUID memberId = UUID.fromString(registered.getString("application.members[0].memberId"));

        FieldCipher retired = new FieldCipher(KeyRing.of(Map.of("test0", Base64.getDecoder().decode(
                ConfigProvider.getConfig().getValue("refugio.crypto.keys.test0", String.class))), "test0"), false);
        store("member", "id_document_number", memberId, passport);                       // before encryption
        store("member", "specific_needs", memberId, "SURVIVOR_OF_VIOLENCE,MENTAL_HEALTH");  // before encryption
        store("application", "grounds_stated", caseId, retired.encrypt(grounds));         // retired key
        readBack(caseId, passport, grounds);

        assertTrue(reencryption.reencryptAll() >= 3);
        assertTrue(stored("member", "id_document_number", memberId).startsWith("v1:test1:"));
        assertTrue(stored("member", "specific_needs", memberId).startsWith("v1:test1:"));
        assertTrue(stored("application", "grounds_stated", caseId).startsWith("v1:test1:"));
        readBack(caseId, passport, grounds);
        assertEquals(List.of("test1"), List.copyOf(reencryption.valuesPerKey().keySet()));
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
