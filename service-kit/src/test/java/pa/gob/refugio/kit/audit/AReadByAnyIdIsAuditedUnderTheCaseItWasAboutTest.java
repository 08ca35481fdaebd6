package pa.gob.refugio.kit.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

/**
 * Issue 11, item 5: a read whose path names no case (a decision, an interview, a document by its own id) is found in
 * the audit by the case its answer was about ({@link CaseScoped}); a list about several cases under each of them.
 */
@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class AReadByAnyIdIsAuditedUnderTheCaseItWasAboutTest {

    private static final String OFFICER = Tokens.of(Roles.ONPAR_REGISTRATION);
    private static final String OVERSIGHT = Tokens.of(Roles.OVERSIGHT);

    private static JsonPath auditOfCase(UUID caseId) {
        return given().auth().oauth2(OVERSIGHT).queryParam("caseId", caseId.toString()).get("/api/v1/audit")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aReadByItsOwnIdIsRecordedUnderItsCase() {
        UUID caseId = UUID.randomUUID();
        UUID noteId = UUID.randomUUID();
        given().auth().oauth2(OFFICER).header("X-Purpose", "review").queryParam("caseId", caseId.toString())
                .get("/api/v1/kit-test/notes/" + noteId).then().statusCode(200);

        JsonPath audit = auditOfCase(caseId);
        assertEquals(1, audit.getInt("total"));
        Map<String, Object> entry = audit.getMap("items[0]");
        assertEquals(caseId.toString(), entry.get("caseId"));
        assertEquals("/api/v1/kit-test/notes/{noteId}", entry.get("pathTemplate"));
        assertEquals("/api/v1/kit-test/notes/" + noteId, entry.get("path"));
        assertEquals("test-onpar-registration", entry.get("subject"));
        assertEquals("review", entry.get("purpose"));
        assertEquals(200, entry.get("status"));
    }

    @Test
    void aListAboutSeveralCasesIsRecordedUnderEachOfThem() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        given().auth().oauth2(OFFICER).queryParam("caseId", first.toString(), second.toString(), first.toString())
                .get("/api/v1/kit-test/notes").then().statusCode(200);
        given().auth().oauth2(OFFICER).queryParam("caseId", second.toString()).queryParam("paged", true)
                .get("/api/v1/kit-test/notes").then().statusCode(200);

        JsonPath ofFirst = auditOfCase(first);
        assertEquals(1, ofFirst.getInt("total"));
        assertEquals(first.toString(), ofFirst.getString("items[0].caseId"));
        assertEquals(200, ofFirst.getInt("items[0].status"));
        JsonPath ofSecond = auditOfCase(second);
        assertEquals(2, ofSecond.getInt("total"), "the list and the page");
        List<String> cases = ofSecond.getList("items.caseId");
        assertEquals(List.of(second.toString(), second.toString()), cases);
    }

    @Test
    void anAnswerAboutNoCaseNamesNone() {
        UUID caseId = UUID.randomUUID();
        given().auth().oauth2(OFFICER).get("/api/v1/kit-test/notes/" + UUID.randomUUID()).then().statusCode(200);
        assertEquals(0, auditOfCase(caseId).getInt("total"));
    }
}
