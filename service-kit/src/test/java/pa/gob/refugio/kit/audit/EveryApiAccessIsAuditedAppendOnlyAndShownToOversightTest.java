package pa.gob.refugio.kit.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.kit.web.KitTestResource;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class EveryApiAccessIsAuditedAppendOnlyAndShownToOversightTest {

    private static final String OFFICER = Tokens.of(Roles.ONPAR_REGISTRATION);
    private static final String OVERSIGHT = Tokens.of(Roles.OVERSIGHT);

    @Inject
    AgroalDataSource dataSource;

    private static String newCase(String note) {
        return given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("note", note))
                .post("/api/v1/kit-test/cases").then().statusCode(201).extract().path("caseId");
    }

    private static JsonPath auditOfCase(String caseId) {
        return given().auth().oauth2(OVERSIGHT).queryParam("caseId", caseId).get("/api/v1/audit")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aReadIsRecordedWithWhoWhatWhyAndHowItEnded() {
        String caseId = newCase("audited-" + UUID.randomUUID());
        UUID correlationId = UUID.randomUUID();
        given().auth().oauth2(OFFICER).header("X-Purpose", "eligibility review")
                .header("X-Correlation-Id", correlationId.toString())
                .get("/api/v1/kit-test/cases/" + caseId).then().statusCode(200);

        JsonPath audit = auditOfCase(caseId);
        assertEquals(1, audit.getInt("total"));
        Map<String, Object> entry = audit.getMap("items[0]");
        assertEquals("test-onpar-registration", entry.get("subject"));
        assertEquals(Roles.ONPAR_REGISTRATION, entry.get("role"));
        assertEquals("ONPAR", entry.get("institution"));
        assertEquals("GET", entry.get("method"));
        assertEquals("/api/v1/kit-test/cases/{caseId}", entry.get("pathTemplate"));
        assertEquals("/api/v1/kit-test/cases/" + caseId, entry.get("path"));
        assertEquals(caseId, entry.get("caseId"));
        assertEquals("eligibility review", entry.get("purpose"));
        assertEquals(correlationId.toString(), entry.get("correlationId"));
        assertEquals(200, entry.get("status"));
    }

    @Test
    void writesAndRefusalsByRoleAreRecordedButNotUnauthenticatedOnesAndPublicOnesOnlyCounted() {
        Instant start = Instant.now().minusSeconds(1);
        String caseId = newCase("writes-" + UUID.randomUUID());
        given().auth().oauth2(Tokens.of(Roles.PARTNER_NGO, "AUDIT-NGO"))
                .get("/api/v1/kit-test/cases/" + caseId + "/registration-only").then().statusCode(403);
        given().get("/api/v1/kit-test/cases/" + caseId).then().statusCode(401);
        String token = "ok-" + UUID.randomUUID();
        given().get("/api/v1/kit-test/public/" + token).then().statusCode(200);

        JsonPath audit = auditOfCase(caseId);
        assertEquals(1, audit.getInt("total"), "the 403; the POST has no caseId path parameter, the 401 no person");
        assertEquals("test-partner-ngo-audit-ngo", audit.getString("items[0].subject"));
        assertEquals("AUDIT-NGO", audit.getString("items[0].institution"));
        assertEquals(403, audit.getInt("items[0].status"));

        List<Map<String, Object>> recent = given().auth().oauth2(OVERSIGHT).queryParam("from", start.toString())
                .queryParam("size", 200).get("/api/v1/audit").then().statusCode(200).extract().jsonPath()
                .getList("items");
        Map<String, Object> post = recent.stream()
                .filter(e -> "POST".equals(e.get("method")) && "/api/v1/kit-test/cases".equals(e.get("path")))
                .findFirst().orElseThrow();
        assertEquals(201, post.get("status"));
        assertTrue(recent.stream().noneMatch(e -> ("/api/v1/kit-test/public/" + token).equals(e.get("path"))),
                "an anonymous public request is counted (AnonymousPublicRequestsAreCountedNotRecordedOneByOneTest)");
    }

    @Test
    void theTrailCannotBeChangedOrDeleted() throws SQLException {
        newCase("immutable-" + UUID.randomUUID());
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> s.executeUpdate("update audit_record set subject = 'someone-else'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> s.executeUpdate("delete from audit_record"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
            SQLException truncate = assertThrows(SQLException.class, () -> s.executeUpdate("truncate audit_record"));
            assertTrue(truncate.getMessage().contains("append-only"), truncate.getMessage());
        }
    }

    @Test
    void anAccessThatCannotBeAuditedDoesNotHappen() throws SQLException {
        String note = "unaudited-" + UUID.randomUUID();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("create or replace function test_refuse_audit() returns trigger language plpgsql as $$"
                    + " begin raise exception 'audit store unavailable'; end $$");
            s.execute("create trigger test_refuse_audit before insert on audit_record for each row"
                    + " when (new.purpose = 'refuse-audit') execute function test_refuse_audit()");
        }
        try {
            given().auth().oauth2(OFFICER).header("X-Purpose", "refuse-audit").contentType(ContentType.JSON)
                    .body(Map.of("note", note)).post("/api/v1/kit-test/cases")
                    .then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", equalTo("https://refugio.gob.pa/problems/audit-unavailable"));
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("drop trigger test_refuse_audit on audit_record");
            }
        }
        assertNull(KitTestResource.RUNS.get(note), "the use case never ran");
    }

    @Test
    void onlyOversightReadsTheTrailAPageAtATime() {
        given().auth().oauth2(OFFICER).get("/api/v1/audit").then().statusCode(403);
        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).get("/api/v1/audit").then().statusCode(403);
        given().get("/api/v1/audit").then().statusCode(401);
        given().auth().oauth2(OVERSIGHT).queryParam("size", 201).get("/api/v1/audit").then().statusCode(400)
                .body("errors[0].field", equalTo("size"));
        given().auth().oauth2(OVERSIGHT).queryParam("from", "yesterday").get("/api/v1/audit").then().statusCode(400);

        String caseId = newCase("paged-" + UUID.randomUUID());
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(OFFICER).get("/api/v1/kit-test/cases/" + caseId).then().statusCode(200);
        }
        JsonPath page = given().auth().oauth2(OVERSIGHT).queryParam("caseId", caseId).queryParam("size", 2)
                .queryParam("page", 1).get("/api/v1/audit").then().statusCode(200).extract().jsonPath();
        assertEquals(3, page.getInt("total"));
        assertEquals(1, page.getList("items").size());
        given().auth().oauth2(OVERSIGHT).queryParam("subject", "test-onpar-registration")
                .queryParam("caseId", caseId).queryParam("from", LocalDate.now().plusDays(2).toString())
                .get("/api/v1/audit").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(OVERSIGHT).queryParam("subject", "test-onpar-registration")
                .queryParam("caseId", caseId).queryParam("to", LocalDate.now().plusDays(1).toString())
                .get("/api/v1/audit").then().statusCode(200).body("total", equalTo(3));
    }
}
