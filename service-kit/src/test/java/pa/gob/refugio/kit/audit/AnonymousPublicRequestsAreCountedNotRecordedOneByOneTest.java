package pa.gob.refugio.kit.audit;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

/**
 * Issue 11, item 2: anonymous calls to public endpoints do not grow the audit trail without limit; each hour, path
 * template and status is one row with a count, shown to oversight.
 */
@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class AnonymousPublicRequestsAreCountedNotRecordedOneByOneTest {

    private static final String TEMPLATE = "/api/v1/kit-test/public/{token}";

    @Inject
    AgroalDataSource dataSource;

    private long count(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private long counted() throws SQLException {
        return count("select coalesce(sum(requests), 0) from audit_anonymous_count where path_template = '"
                + TEMPLATE + "' and status = 200");
    }

    @Test
    void manyAnonymousCallsAddOneCountedRowNotOneRowEach() throws SQLException {
        long countedBefore = counted();
        for (int i = 0; i < 60; i++) {
            given().get("/api/v1/kit-test/public/ok-" + UUID.randomUUID()).then().statusCode(200);
        }
        assertEquals(0, count("select count(*) from audit_record where path like '/api/v1/kit-test/public/%'"
                + " and subject is null"), "no row per anonymous request");
        assertEquals(countedBefore + 60, counted());
        assertTrue(count("select count(*) from audit_anonymous_count where path_template = '" + TEMPLATE + "'") <= 2,
                "one row per hour and status (an hour may turn during the test)");
    }

    @Test
    void aTokenHoldersCallToAPublicEndpointIsStillRecordedInFull() throws SQLException {
        String token = "ok-" + UUID.randomUUID();
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).get("/api/v1/kit-test/public/" + token)
                .then().statusCode(200);
        assertEquals(2, count("select count(*) from audit_record where path = '/api/v1/kit-test/public/" + token
                + "'"), "access and outcome");
    }

    @Test
    void oversightSeesTheCountsPerHourPathAndStatus() {
        given().get("/api/v1/kit-test/public/ok-" + UUID.randomUUID()).then().statusCode(200);
        given().get("/api/v1/audit/anonymous").then().statusCode(401);
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).get("/api/v1/audit/anonymous").then()
                .statusCode(403);
        List<Map<String, Object>> items = given().auth().oauth2(Tokens.of(Roles.OVERSIGHT))
                .get("/api/v1/audit/anonymous").then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> row = items.stream().filter(i -> TEMPLATE.equals(i.get("pathTemplate"))
                && Integer.valueOf(200).equals(i.get("status"))).findFirst().orElseThrow();
        assertEquals("GET", row.get("method"));
        assertTrue(((Number) row.get("requests")).longValue() >= 1);
        assertTrue(row.get("hour").toString().endsWith(":00:00Z"), row.toString());
    }
}
