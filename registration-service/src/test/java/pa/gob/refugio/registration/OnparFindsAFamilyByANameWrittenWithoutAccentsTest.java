package pa.gob.refugio.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.registration.search.SearchIndexBackfill;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class OnparFindsAFamilyByANameWrittenWithoutAccentsTest {

    @Inject
    DataSource db;
    @Inject
    SearchIndexBackfill backfill;

    /** A family "Pérez <unique> " with a passport; the unique token keeps tests apart. */
    private static JsonPath family(String unique, String passport) {
        return Families.register("""
                {"intakeSite": "ONPAR Balboa", "entryDate": "%s",
                 "members": [
                   {"role": "PRINCIPAL", "givenNames": "José Ángel", "familyNames": "Pérez %s", "sex": "M",
                    "dateOfBirth": "1980-01-02", "nationalities": ["VEN"],
                    "identityDocument": {"type": "PASSPORT", "number": "%s", "issuingCountry": "VEN"}},
                   {"role": "CHILD", "givenNames": "Lucía", "familyNames": "Pérez %s", "sex": "F",
                    "dateOfBirth": "2016-04-05", "nationalities": ["VEN"], "responsibleAdult": 0}
                 ]}""".formatted(LocalDate.now().minusDays(5), unique, passport, unique));
    }

    private static io.restassured.response.ValidatableResponse search(String role, String query) {
        return given().auth().oauth2(Tokens.of(role)).when().get("/api/v1/search?" + query).then();
    }

    @Test
    void onparFindsAFamilyByANameWrittenWithoutAccents() {
        String unique = Families.uniqueSurname();
        JsonPath registered = family(unique, "P" + Math.abs(unique.hashCode()));
        String caseNumber = registered.getString("application.caseNumber");

        search(Roles.ONPAR_REGISTRATION, "name=perez " + unique.toLowerCase(Locale.ROOT))
                .statusCode(200).body("total", equalTo(2))
                .body("items.caseNumber", everyItem(equalTo(caseNumber)))
                .body("items.role", contains("PRINCIPAL", "CHILD"))
                .body("items.site", everyItem(equalTo("ONPAR Balboa")))
                .body("items.givenNames", contains("José Ángel", "Lucía"));
        // Whole tokens, in any order, accents and case ignored; every token must match.
        search(Roles.ONPAR_ELIGIBILITY, "name=" + unique.toUpperCase(Locale.ROOT) + " ANGEL")
                .statusCode(200).body("total", equalTo(1)).body("items[0].role", equalTo("PRINCIPAL"));
        search(Roles.ONPAR_ELIGIBILITY, "name=lucia " + unique).statusCode(200).body("total", equalTo(1));
        search(Roles.ONPAR_ELIGIBILITY, "name=" + unique.substring(0, 6)).statusCode(200).body("total", equalTo(0));
        search(Roles.ONPAR_ELIGIBILITY, "name=maria " + unique).statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aMemberIsFoundByCaseNumberAndByItsDocumentNumberWrittenDifferently() {
        String unique = Families.uniqueSurname();
        String passport = "AB" + Math.abs(unique.hashCode());
        JsonPath registered = family(unique, passport);
        String caseNumber = registered.getString("application.caseNumber");

        search(Roles.ONPAR_REGISTRATION, "caseNumber=" + caseNumber)
                .statusCode(200).body("total", equalTo(2))
                .body("items.memberId", containsInAnyOrder(registered.getString("application.members[0].memberId"),
                        registered.getString("application.members[1].memberId")))
                .body("items[0].caseId", equalTo(registered.getString("application.caseId")))
                .body("items[0].registeredAt", not(equalTo(null)));
        search(Roles.ONPAR_REGISTRATION, "documentNumber=" + passport.toLowerCase(Locale.ROOT).replace("ab", "ab-"))
                .statusCode(200).body("total", equalTo(1))
                .body("items[0].memberId", equalTo(registered.getString("application.members[0].memberId")));
    }

    @Test
    void operationsFindCasesWithoutSeeingNamesAndOtherRolesAreRefused() {
        String unique = Families.uniqueSurname();
        family(unique, "C" + Math.abs(unique.hashCode()));
        search(Roles.OPERATIONS, "name=" + unique).statusCode(200).body("total", equalTo(2))
                .body("items[0]", not(hasKey("givenNames"))).body("items[0]", not(hasKey("familyNames")))
                .body("items[0]", hasKey("caseNumber"));
        for (String role : List.of(Roles.CONARE, Roles.SNM, Roles.PARTNER_NGO, Roles.MINISTER, Roles.OVERSIGHT)) {
            search(role, "name=" + unique).statusCode(403);
        }
        search(Roles.ONPAR_REGISTRATION, "page=0").statusCode(400);
    }

    @Test
    void theBlindIndexHoldsNoClearNameOrNumberAndTheBackfillRebuildsIt() throws SQLException {
        String unique = Families.uniqueSurname();
        String passport = "Z" + Math.abs(unique.hashCode());
        JsonPath registered = family(unique, passport);
        UUID caseId = Families.caseId(registered);

        List<String> hashes = indexRows(caseId);
        assertEquals(8, hashes.size()); // JOSE ANGEL PEREZ <unique> + passport; LUCIA PEREZ <unique>
        for (String hash : hashes) {
            assertTrue(hash.matches("[0-9a-f]{64}"), hash);
            for (String clear : List.of(unique, unique.toUpperCase(Locale.ROOT), "PEREZ", "Pérez", "LUCIA", passport)) {
                assertFalse(hash.contains(clear), hash);
            }
        }

        // A member registered before the index existed: the backfill writes the same rows again.
        execute("delete from member_search_index where application_id = ?", caseId);
        search(Roles.ONPAR_REGISTRATION, "name=" + unique).statusCode(200).body("total", equalTo(0));
        assertTrue(backfill.backfill() >= 2);
        assertEquals(hashes.stream().sorted().toList(), indexRows(caseId).stream().sorted().toList());
        search(Roles.ONPAR_REGISTRATION, "name=" + unique).statusCode(200).body("total", equalTo(2));
        assertEquals(0, backfill.backfill());
    }

    private List<String> indexRows(UUID caseId) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement(
                     "select member_id::text || '|' || kind || '|' || key_hash from member_search_index "
                             + "where application_id = ?")) {
            s.setObject(1, caseId);
            List<String> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(r.getString(1).split("\\|")[2]);
                }
            }
            return rows;
        }
    }

    private void execute(String sql, UUID id) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setObject(1, id);
            s.executeUpdate();
        }
    }
}
