package pa.gob.refugio.kit.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.kit.problem.ProblemException;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class GuardedUpdatesNeedTheVersionTheyWereBasedOnTest {

    private static final String OFFICER = Tokens.of(Roles.ONPAR_REGISTRATION);

    @Test
    void anUpdateWithoutIfMatchOrWithAStaleOneIsRefusedTheCurrentOneGoesThrough() {
        String caseId = given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("note", "etag"))
                .post("/api/v1/kit-test/cases").then().statusCode(201).extract().path("caseId");
        String etag = given().auth().oauth2(OFFICER).get("/api/v1/kit-test/cases/" + caseId).then().statusCode(200)
                .extract().header("ETag");
        assertEquals("\"0\"", etag);
        String path = "/api/v1/kit-test/cases/" + caseId + "/note";

        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).body(Map.of("note", "a")).put(path).then()
                .statusCode(428).contentType("application/problem+json")
                .body("type", equalTo("https://refugio.gob.pa/problems/precondition-required"))
                .body("currentETag", equalTo("\"0\""));
        given().auth().oauth2(OFFICER).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("note", "b")).put(path).then().statusCode(200).header("ETag", "\"1\"");
        given().auth().oauth2(OFFICER).header("If-Match", etag).header("Accept-Language", "es")
                .contentType(ContentType.JSON).body(Map.of("note", "c")).put(path).then().statusCode(412)
                .header("Content-Language", "es")
                .body("type", equalTo("https://refugio.gob.pa/problems/precondition-failed"))
                .body("title", equalTo("Modificado desde su lectura"))
                .body("currentETag", equalTo("\"1\""));
    }

    @Test
    void tagsAreQuotedVersionsComparedStrongly() {
        assertEquals("\"7\"", Etags.of(7));
        assertDoesNotThrow(() -> Etags.requireMatch("\"7\"", 7));
        assertDoesNotThrow(() -> Etags.requireMatch("\"6\", \"7\"", 7));
        assertDoesNotThrow(() -> Etags.requireMatch("*", 7));
        assertEquals(428, assertThrows(ProblemException.class, () -> Etags.requireMatch(null, 7)).status());
        assertEquals(428, assertThrows(ProblemException.class, () -> Etags.requireMatch(" ", 7)).status());
        assertEquals(412, assertThrows(ProblemException.class, () -> Etags.requireMatch("\"6\"", 7)).status());
        assertEquals(412, assertThrows(ProblemException.class, () -> Etags.requireMatch("W/\"7\"", 7)).status());
        assertEquals(412, assertThrows(ProblemException.class, () -> Etags.requireMatch("7", 7)).status());
        assertTrue(Etags.matches("\"7\"", 7));
        assertFalse(Etags.matches(null, 7));
    }
}
