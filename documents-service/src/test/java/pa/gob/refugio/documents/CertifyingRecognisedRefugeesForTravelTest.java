package pa.gob.refugio.documents;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.decision.StatusRecognized;
import pa.gob.refugio.events.documents.ProvisionalIdIssued;
import pa.gob.refugio.events.documents.RefugeeDocumentIssued;
import pa.gob.refugio.events.documents.TravelDocumentCertified;
import pa.gob.refugio.kit.time.PanamaClock;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class CertifyingRecognisedRefugeesForTravelTest {

    static RefugeeDocumentIssued recognisedOn(UUID caseId, LocalDate decidedOn, EventLog log) {
        Publish.event(new StatusRecognized(Publish.metadata(StatusRecognized.class, caseId), UUID.randomUUID(),
                List.of(UUID.randomUUID()), "1951 Convention", decidedOn));
        return log.awaitOne(RefugeeDocumentIssued.class, caseId);
    }

    @Test
    void onparCertifiesTheHolderOfAValidRefugeeDocument() {
        UUID caseId = UUID.randomUUID();
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            RefugeeDocumentIssued refugee = recognisedOn(caseId, LocalDate.now(PanamaClock.PANAMA), log);
            given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                    .body("{\"reference\": \"ONPAR-CV-2026-17\"}")
                    .when().post("/api/v1/documents/" + refugee.documentNumber() + "/travel-certifications")
                    .then().statusCode(201)
                    .body("certificationId", notNullValue())
                    .body("reference", equalTo("ONPAR-CV-2026-17"))
                    .body("documentValidUntil", equalTo(refugee.validUntil().toString()));
            assertEquals(refugee.documentId(), log.awaitOne(TravelDocumentCertified.class, caseId).documentId());
        }
    }

    @Test
    void onlyAValidRefugeeDocumentCanBeCertified() {
        UUID expiredCase = UUID.randomUUID();
        UUID admittedCase = UUID.randomUUID();
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            RefugeeDocumentIssued expired = recognisedOn(expiredCase,
                    LocalDate.now(PanamaClock.PANAMA).minusMonths(13), log);
            given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                    .when().post("/api/v1/documents/" + expired.documentNumber() + "/travel-certifications")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("EXPIRED"));

            ProvisionalIdIssued provisional = RenewingADocumentBeforeExpiryKeepsItValidTest.admittedOn(admittedCase,
                    1, LocalDate.now(PanamaClock.PANAMA), log).get(0);
            given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json").body("{}")
                    .when().post("/api/v1/documents/" + provisional.documentNumber() + "/travel-certifications")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("type", containsString("not-a-refugee-document"));
        }
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                .when().post("/api/v1/documents/RF-1999-999999/travel-certifications")
                .then().statusCode(404);
        given().auth().oauth2(Tokens.of(Roles.SNM))
                .when().post("/api/v1/documents/RF-1999-999999/travel-certifications")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                .body("{\"reference\": ")
                .when().post("/api/v1/documents/RF-1999-999999/travel-certifications")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                .body("{\"reference\": \"" + "x".repeat(61) + "\"}")
                .when().post("/api/v1/documents/RF-1999-999999/travel-certifications")
                .then().statusCode(400).body("errors.field", org.hamcrest.Matchers.hasItem("reference"));
    }
}
