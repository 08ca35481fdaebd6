package pa.gob.refugio.documents;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.documents.workpermit.Registered;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.decision.ApplicationAdmitted;
import pa.gob.refugio.events.decision.StatusRecognized;
import pa.gob.refugio.events.documents.DocumentRenewalRefused;
import pa.gob.refugio.events.documents.DocumentRenewalRequested;
import pa.gob.refugio.events.documents.DocumentRenewed;
import pa.gob.refugio.events.documents.ProvisionalIdIssued;
import pa.gob.refugio.events.documents.RefugeeDocumentIssued;
import pa.gob.refugio.kit.time.PanamaClock;
import pa.gob.refugio.rules.validity.DocumentValidity;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class RenewingADocumentBeforeExpiryKeepsItValidTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    static LocalDate today() {
        return LocalDate.now(PanamaClock.PANAMA);
    }

    static List<ProvisionalIdIssued> admittedOn(UUID caseId, int size, LocalDate decidedOn, EventLog log) {
        List<UUID> members = AdmittedFamilyGetsProvisionalIdsThenRefugeeDocumentsTest.family(size);
        Registered.family(caseId, members, size); // adults: of working age
        Publish.event(new ApplicationAdmitted(Publish.metadata(ApplicationAdmitted.class, caseId), UUID.randomUUID(),
                members, decidedOn));
        return log.await(ProvisionalIdIssued.class, caseId, size, WAIT);
    }

    static String requestRenewal(String documentNumber) {
        return given().auth().oauth2(Tokens.of(Roles.SNM))
                .when().post("/api/v1/documents/" + documentNumber + "/renewals")
                .then().statusCode(201)
                .body("status", equalTo("PENDING"))
                .body("documentStatus", equalTo("RENEWAL_PENDING"))
                .extract().path("renewalId");
    }

    @Test
    void provisionalIdRenewedBeforeExpiryStaysValidUntilDecidedThenGetsSixMoreMonths() {
        UUID caseId = UUID.randomUUID();
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            List<ProvisionalIdIssued> issued = admittedOn(caseId, 2, today().minusMonths(6).plusDays(10), log);
            String number = issued.get(0).documentNumber();
            LocalDate validUntil = issued.get(0).validUntil();

            given().auth().oauth2(Tokens.of(Roles.SNM)).when().get("/api/v1/documents/expiring?withinDays=30")
                    .then().statusCode(200)
                    .body("documentNumber", hasItems(number, issued.get(1).documentNumber()));

            String renewalId = requestRenewal(number);
            assertEquals(caseId, log.awaitOne(DocumentRenewalRequested.class, caseId).caseId());
            Registered.awaitEligible(number, true); // an adult whose document is kept in force by the renewal
            given().auth().oauth2(Tokens.of(Roles.SNM)).when().get("/api/v1/documents/" + number)
                    .then().statusCode(200).body("status", equalTo("RENEWAL_PENDING"))
                    .body("workPermitEligible", equalTo(true));
            Checkpoint.assertValid(number);
            given().auth().oauth2(Tokens.of(Roles.SNM)).when().get("/api/v1/documents/expiring?withinDays=30")
                    .then().statusCode(200).body("documentNumber", not(hasItem(number)));

            given().auth().oauth2(Tokens.of(Roles.SNM))
                    .when().post("/api/v1/documents/" + number + "/renewals")
                    .then().statusCode(409).contentType("application/problem+json");

            given().auth().oauth2(Tokens.of(Roles.SNM)).contentType("application/json")
                    .body("{\"approved\": true}")
                    .when().post("/api/v1/renewals/" + renewalId + "/decision")
                    .then().statusCode(200)
                    .body("status", equalTo("APPROVED"))
                    .body("documentStatus", equalTo("VALID"))
                    .body("newValidUntil", equalTo(DocumentValidity.renewedLastDay(validUntil, 6).toString()));
            DocumentRenewed renewed = log.awaitOne(DocumentRenewed.class, caseId);
            assertEquals(validUntil, renewed.previousValidUntil());
            assertEquals(DocumentValidity.renewedLastDay(validUntil, 6), renewed.validUntil());
            Checkpoint.assertValid(number)
                    .body("validUntil", equalTo(DocumentValidity.renewedLastDay(validUntil, 6).toString()));

            given().auth().oauth2(Tokens.of(Roles.SNM)).contentType("application/json")
                    .body("{\"approved\": true}")
                    .when().post("/api/v1/renewals/" + renewalId + "/decision")
                    .then().statusCode(409).contentType("application/problem+json");
        }
    }

    @Test
    void refusedRenewalLeavesTheFormerValidity() {
        UUID caseId = UUID.randomUUID();
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            ProvisionalIdIssued issued = admittedOn(caseId, 1, today().minusMonths(6).plusDays(3), log).get(0);
            String renewalId = requestRenewal(issued.documentNumber());
            given().auth().oauth2(Tokens.of(Roles.SNM)).contentType("application/json")
                    .body("{\"approved\": false, \"note\": \"identity not confirmed\"}")
                    .when().post("/api/v1/renewals/" + renewalId + "/decision")
                    .then().statusCode(200).body("status", equalTo("REFUSED"))
                    .body("documentStatus", equalTo("VALID"))
                    .body("documentValidUntil", equalTo(issued.validUntil().toString()));
            assertEquals(issued.validUntil(), log.awaitOne(DocumentRenewalRefused.class, caseId).validUntil());
        }
    }

    @Test
    void renewalRequestedAfterExpiryIsRefusedWithTheLastDay() {
        UUID caseId = UUID.randomUUID();
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            ProvisionalIdIssued issued = admittedOn(caseId, 1, today().minusMonths(7), log).get(0);
            given().auth().oauth2(Tokens.of(Roles.SNM)).when().get("/api/v1/documents/" + issued.documentNumber())
                    .then().statusCode(200).body("status", equalTo("EXPIRED"))
                    .body("workPermitEligible", equalTo(false));
            Checkpoint.assertNotValid(issued.documentNumber());
            given().auth().oauth2(Tokens.of(Roles.SNM))
                    .when().post("/api/v1/documents/" + issued.documentNumber() + "/renewals")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", containsString("renewal-after-expiry"))
                    .body("validUntil", equalTo(issued.validUntil().toString()))
                    .body("detail", containsString(issued.validUntil().toString()));
        }
    }

    @Test
    void refugeeDocumentIsRenewedForOneYear() {
        UUID caseId = UUID.randomUUID();
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            Publish.event(new StatusRecognized(Publish.metadata(StatusRecognized.class, caseId), UUID.randomUUID(),
                    List.of(UUID.randomUUID()), "wider definition: generalised violence", today().minusMonths(11)));
            RefugeeDocumentIssued issued = log.awaitOne(RefugeeDocumentIssued.class, caseId);
            String renewalId = requestRenewal(issued.documentNumber());
            given().auth().oauth2(Tokens.of(Roles.SNM)).contentType("application/json")
                    .body("{\"approved\": true}")
                    .when().post("/api/v1/renewals/" + renewalId + "/decision")
                    .then().statusCode(200)
                    .body("newValidUntil",
                            equalTo(DocumentValidity.renewedLastDay(issued.validUntil(), 12).toString()));
        }
    }

    @Test
    void renewalsAreForSnmAndWellFormed() {
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .when().post("/api/v1/documents/SP-2026-000001/renewals")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Roles.SNM))
                .when().post("/api/v1/documents/SP-1999-999999/renewals")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Roles.SNM)).contentType("application/json").body("{\"approved\": true}")
                .when().post("/api/v1/renewals/" + UUID.randomUUID() + "/decision")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Roles.SNM)).contentType("application/json").body("{}")
                .when().post("/api/v1/renewals/" + UUID.randomUUID() + "/decision")
                .then().statusCode(400).body("errors.field", hasItem("approved"));
        given().auth().oauth2(Tokens.of(Roles.SNM)).when().get("/api/v1/documents/expiring?withinDays=-1")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).when().get("/api/v1/documents/expiring")
                .then().statusCode(403);
    }
}
