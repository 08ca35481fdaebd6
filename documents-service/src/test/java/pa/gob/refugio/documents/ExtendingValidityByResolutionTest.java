package pa.gob.refugio.documents;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.documents.DocumentValidityExtended;
import pa.gob.refugio.events.documents.ProvisionalIdIssued;
import pa.gob.refugio.kit.time.PanamaClock;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

/** The documents of this class date from 2020, so no other test's documents fall inside these resolutions. */
@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class ExtendingValidityByResolutionTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    static String body(String resolution, String extension, String kind, String from, String before) {
        return """
                {"resolution": "%s", %s, "kind": "%s", "expiringFrom": %s, "expiringBefore": "%s"}"""
                .formatted(resolution, extension, kind, from == null ? "null" : "\"" + from + "\"", before);
    }

    @Test
    void resolutionExtendsEveryProvisionalIdExpiringInItsPeriodAndIsRecordedWithItsReference() {
        UUID covered = UUID.randomUUID();
        UUID later = UUID.randomUUID();
        LocalDate extendUntil = LocalDate.now(PanamaClock.PANAMA).plusMonths(3);
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            List<ProvisionalIdIssued> expiredInJuly = RenewingADocumentBeforeExpiryKeepsItValidTest.admittedOn(
                    covered, 2, LocalDate.of(2020, 1, 15), log);
            RenewingADocumentBeforeExpiryKeepsItValidTest.admittedOn(later, 1, LocalDate.of(2020, 3, 1), log);
            given().auth().oauth2(Tokens.of(Roles.SNM)).when().get("/api/v1/cases/" + covered + "/documents")
                    .then().statusCode(200).body("status", everyItem(equalTo("EXPIRED")));

            String extensionId = given().auth().oauth2(Tokens.of(Roles.SNM)).contentType("application/json")
                    .body(body("P-095-20", "\"extendUntil\": \"" + extendUntil + "\"", "PROVISIONAL_ID",
                            "2020-07-01", "2020-08-01"))
                    .when().post("/api/v1/validity-extensions")
                    .then().statusCode(201)
                    .body("resolution", equalTo("P-095-20"))
                    .body("documentsExtended", equalTo(2))
                    .body("documentNumbers", containsInAnyOrder(expiredInJuly.get(0).documentNumber(),
                            expiredInJuly.get(1).documentNumber()))
                    .extract().path("extensionId");

            List<DocumentValidityExtended> extended = log.await(DocumentValidityExtended.class, covered, 2, WAIT);
            for (DocumentValidityExtended e : extended) {
                assertEquals("P-095-20", e.resolution());
                assertEquals(LocalDate.of(2020, 7, 14), e.previousValidUntil());
                assertEquals(extendUntil, e.validUntil());
                assertEquals(UUID.fromString(extensionId), e.extensionId());
            }
            given().auth().oauth2(Tokens.of(Roles.SNM)).when().get("/api/v1/cases/" + covered + "/documents")
                    .then().statusCode(200).body("status", everyItem(equalTo("VALID")))
                    .body("validUntil", everyItem(equalTo(extendUntil.toString())));
            given().auth().oauth2(Tokens.of(Roles.SNM)).when().get("/api/v1/cases/" + later + "/documents")
                    .then().statusCode(200).body("validUntil", everyItem(equalTo("2020-08-31")));
            given().auth().oauth2(Tokens.of(Roles.SNM)).when().get("/api/v1/validity-extensions/" + extensionId)
                    .then().statusCode(200).body("documentsExtended", equalTo(2));

            given().auth().oauth2(Tokens.of(Roles.SNM)).contentType("application/json")
                    .body(body("P-095-20", "\"extendUntil\": \"" + extendUntil + "\"", "PROVISIONAL_ID",
                            "2020-07-01", "2020-08-01"))
                    .when().post("/api/v1/validity-extensions")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", containsString("extension-already-recorded"));
        }
    }

    @Test
    void resolutionCanExtendByMonths() {
        UUID caseId = UUID.randomUUID();
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            RenewingADocumentBeforeExpiryKeepsItValidTest.admittedOn(caseId, 1, LocalDate.of(2020, 2, 10), log);
            given().auth().oauth2(Tokens.of(Roles.SNM)).contentType("application/json")
                    .body(body("P-200-20", "\"extendByMonths\": 3", "PROVISIONAL_ID", "2020-08-05", "2020-08-20"))
                    .when().post("/api/v1/validity-extensions")
                    .then().statusCode(201).body("documentsExtended", equalTo(1));
            assertEquals(LocalDate.of(2020, 11, 9),
                    log.awaitOne(DocumentValidityExtended.class, caseId).validUntil());
        }
    }

    @Test
    void extensionNamesExactlyOneWayOfExtendingAndIsForSnm() {
        given().auth().oauth2(Tokens.of(Roles.SNM)).contentType("application/json")
                .body(body("P-1-20", "\"extendByMonths\": 3, \"extendUntil\": \"2020-12-31\"", "PROVISIONAL_ID",
                        null, "2020-08-20"))
                .when().post("/api/v1/validity-extensions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("extendUntil"));
        given().auth().oauth2(Tokens.of(Roles.SNM)).contentType("application/json")
                .body("{\"resolution\": \"\", \"kind\": \"PASSPORT\", \"expiringBefore\": \"2020-08-20\"}")
                .when().post("/api/v1/validity-extensions")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                .body(body("P-1-20", "\"extendByMonths\": 3", "PROVISIONAL_ID", null, "2020-08-20"))
                .when().post("/api/v1/validity-extensions")
                .then().statusCode(403);
    }
}
