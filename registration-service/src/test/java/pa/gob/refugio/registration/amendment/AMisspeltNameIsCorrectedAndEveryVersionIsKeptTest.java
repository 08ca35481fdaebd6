package pa.gob.refugio.registration.amendment;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.registration.MemberDataCorrected;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class AMisspeltNameIsCorrectedAndEveryVersionIsKeptTest {

    @Inject
    DataSource db;

    static String unique() {
        StringBuilder sb = new StringBuilder("Q");
        for (int i = 0; i < 9; i++) {
            sb.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return sb.toString();
    }

    static JsonPath register(String surname) {
        return given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/json").body("""
                {"intakeSite": "ONPAR Balboa", "entryDate": "%s",
                 "members": [
                   {"role": "PRINCIPAL", "givenNames": "Jhosé", "familyNames": "%s", "sex": "M",
                    "dateOfBirth": "1980-01-02", "nationalities": ["VEN"]},
                   {"role": "CHILD", "givenNames": "Lucía", "familyNames": "%s", "sex": "F",
                    "dateOfBirth": "2016-04-05", "nationalities": ["VEN"], "responsibleAdult": 0}
                 ]}""".formatted(LocalDate.now().minusDays(5), surname, surname))
                .when().post("/api/v1/applications").then().statusCode(201).extract().jsonPath();
    }

    static io.restassured.response.ValidatableResponse correct(String caseId, String memberId, String ifMatch,
                                                                String body) {
        var request = given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/json");
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.body(body).when()
                .post("/api/v1/applications/" + caseId + "/members/" + memberId + "/corrections").then();
    }

    private static long searchTotal(String name) {
        return given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).queryParam("name", name)
                .when().get("/api/v1/search").then().statusCode(200).extract().jsonPath().getLong("total");
    }

    @Test
    void aMisspeltNameIsCorrectedTheSearchFindsTheCorrectedOneAndTheOldStaysReadable() throws Exception {
        String surname = unique();
        JsonPath registered = register(surname);
        String caseId = registered.getString("application.caseId");
        String memberId = registered.getString("application.members[0].memberId");
        assertEquals(1, searchTotal("jhose " + surname));

        String body = """
                {"givenNames": "José", "reasonCode": "TRANSCRIPTION_ERROR",
                 "reason": "Nombre mal escrito al registrar; pasaporte a la vista",
                 "evidence": {"documentType": "PASSPORT", "documentNumber": "V1234567"}}""";
        correct(caseId, memberId, null, body).statusCode(428);
        correct(caseId, memberId, "\"7\"", body).statusCode(412);
        String etag = given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                .when().get("/api/v1/applications/" + caseId + "/members/" + memberId + "/versions")
                .then().statusCode(200).body("versions.size()", equalTo(1)).extract().header("ETag");
        assertEquals("\"1\"", etag);

        correct(caseId, memberId, etag, body).statusCode(200).header("ETag", "\"2\"")
                .body("fieldsChanged", contains("givenNames"))
                .body("application.members[0].givenNames", equalTo("José"))
                .body("application.members[0].dataVersion", equalTo(2));
        correct(caseId, memberId, etag, body).statusCode(412); // stale: the version is 2 now
        correct(caseId, memberId, "\"2\"", body).statusCode(422).body("type", org.hamcrest.Matchers
                .endsWith("nothing-to-correct"));

        // The search finds the corrected name only (the misspelt one is not kept as an alias)
        assertEquals(1, searchTotal("jose " + surname));
        assertEquals(0, searchTotal("jhose " + surname));

        // Every version kept, readable to ONPAR and to oversight (the auditors)
        given().auth().oauth2(Tokens.of(Roles.OVERSIGHT))
                .when().get("/api/v1/applications/" + caseId + "/members/" + memberId + "/versions")
                .then().statusCode(200).header("ETag", "\"2\"")
                .body("currentVersion", equalTo(2))
                .body("versions.version", contains(1, 2))
                .body("versions.change", contains("REGISTERED", "CORRECTED"))
                .body("versions[0].identity.givenNames", equalTo("Jhosé"))
                .body("versions[1].identity.givenNames", equalTo("José"))
                .body("versions[1].reasonCode", equalTo("TRANSCRIPTION_ERROR"))
                .body("versions[1].reason", equalTo("Nombre mal escrito al registrar; pasaporte a la vista"))
                .body("versions[1].evidence.documentType", equalTo("PASSPORT"))
                .body("versions[1].fieldsChanged", contains("givenNames"));
        given().auth().oauth2(Tokens.of(Roles.SNM))
                .when().get("/api/v1/applications/" + caseId + "/members/" + memberId + "/versions")
                .then().statusCode(403);

        // The event names the field changed, never a value
        try (EventLog log = EventLog.of(Topics.REGISTRATION)) {
            MemberDataCorrected event = log.awaitOne(MemberDataCorrected.class, UUID.fromString(caseId));
            assertEquals(List.of("givenNames"), event.fieldsChanged());
            assertEquals(2, event.version());
            assertTrue(event.adult());
            ConsumerRecord<String, String> record = log.records().stream()
                    .filter(r -> caseId.equals(r.key()) && r.value().contains("MemberDataCorrected")).findFirst()
                    .orElseThrow();
            assertFalse(record.value().contains("Jos"), "no names in events");
            assertFalse(record.value().contains("V1234567"), "no document numbers in events");
        }

        // The old and new names, the reason and the evidence number are encrypted at rest
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "select identity, reason, evidence_document_number from member_version where member_id = ?")) {
            s.setObject(1, UUID.fromString(memberId));
            try (ResultSet r = s.executeQuery()) {
                int rows = 0;
                while (r.next()) {
                    rows++;
                    for (int i = 1; i <= 3; i++) {
                        String value = r.getString(i);
                        if (value != null) {
                            assertTrue(value.startsWith("v2:"), "encrypted: " + value.substring(0, 5));
                            assertFalse(value.toLowerCase(Locale.ROOT).contains("jos"));
                        }
                    }
                }
                assertEquals(2, rows);
            }
        }
    }

    @Test
    void aCorrectedDateOfBirthThatMakesAnAdultAMinorNeedsAResponsibleAdult() {
        String surname = unique();
        JsonPath registered = register(surname);
        String caseId = registered.getString("application.caseId");
        String principal = registered.getString("application.members[0].memberId");
        String child = registered.getString("application.members[1].memberId");

        // the principal is the child's responsible adult: cannot become a minor
        correct(caseId, principal, "\"1\"", """
                {"dateOfBirth": "2012-01-02", "reasonCode": "DATE_OF_BIRTH_ESTABLISHED", "reason": "Partida",
                 "evidence": {"documentType": "BIRTH_CERTIFICATE", "documentNumber": "BC-1"}}""")
                .statusCode(422).body("type", org.hamcrest.Matchers.endsWith("responsible-adult-not-adult"));
        // the child corrected to an adult: no longer linked to a responsible adult
        correct(caseId, child, "\"1\"", """
                {"dateOfBirth": "2000-04-05", "reasonCode": "DATE_OF_BIRTH_ESTABLISHED", "reason": "Pasaporte",
                 "evidence": {"documentType": "PASSPORT", "documentNumber": "P-2"}}""")
                .statusCode(200).body("application.members[1].responsibleMemberId", nullValue());
        // and back to a minor: a responsible adult is required
        correct(caseId, child, "\"2\"", """
                {"dateOfBirth": "2016-04-05", "reasonCode": "DATE_OF_BIRTH_ESTABLISHED", "reason": "Error",
                 "evidence": {"documentType": "PASSPORT", "documentNumber": "P-2"}}""")
                .statusCode(422).body("type", org.hamcrest.Matchers.endsWith("minor-without-responsible-adult"));
        correct(caseId, child, "\"2\"", """
                {"dateOfBirth": "2016-04-05", "responsibleMemberId": "%s", "reasonCode": "DATE_OF_BIRTH_ESTABLISHED",
                 "reason": "Error", "evidence": {"documentType": "PASSPORT", "documentNumber": "P-2"}}"""
                .formatted(principal))
                .statusCode(200).body("application.members[1].responsibleMemberId", equalTo(principal));
        // evidence: exactly one, and an upload must exist
        correct(caseId, child, "\"3\"", """
                {"givenNames": "Lucia", "reasonCode": "OTHER", "reason": "x",
                 "evidence": {"uploadedFile": "PHOTO"}}""")
                .statusCode(422).body("type", org.hamcrest.Matchers.endsWith("evidence-not-uploaded"));
    }
}
