package pa.gob.refugio.documents;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.decision.ApplicationAdmitted;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.events.decision.StatusRecognized;
import pa.gob.refugio.events.documents.DocumentRevoked;
import pa.gob.refugio.events.documents.ProvisionalIdIssued;
import pa.gob.refugio.events.documents.RefugeeDocumentIssued;
import pa.gob.refugio.events.registration.ApplicationAbandoned;
import pa.gob.refugio.events.registration.ApplicationWithdrawn;
import pa.gob.refugio.kit.time.PanamaClock;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class EndedCaseRevokesItsProvisionalIdsTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    /** An admitted case of {@code size} members, with its provisional IDs issued. */
    static List<ProvisionalIdIssued> admitted(UUID caseId, int size, EventLog log) {
        Publish.event(new ApplicationAdmitted(Publish.metadata(ApplicationAdmitted.class, caseId), UUID.randomUUID(),
                AdmittedFamilyGetsProvisionalIdsThenRefugeeDocumentsTest.family(size),
                LocalDate.now(PanamaClock.PANAMA).minusDays(20)));
        return log.await(ProvisionalIdIssued.class, caseId, size, WAIT);
    }

    @Test
    void finalRejectionRevokesEveryProvisionalIdWithReasonAndDate() {
        UUID caseId = UUID.randomUUID();
        LocalDate finalOn = LocalDate.now(PanamaClock.PANAMA).minusDays(1);
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            List<ProvisionalIdIssued> issued = admitted(caseId, 2, log);
            Publish.event(new RejectionBecameFinal(Publish.metadata(RejectionBecameFinal.class, caseId),
                    UUID.randomUUID(), RejectionBecameFinal.Cause.APPEAL_DENIED, finalOn));
            List<DocumentRevoked> revoked = log.await(DocumentRevoked.class, caseId, 2, WAIT);
            for (DocumentRevoked r : revoked) {
                assertEquals(DocumentRevoked.Reason.REJECTION_FINAL, r.reason());
                assertEquals(finalOn, r.revokedOn());
            }

            given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                    .when().get("/api/v1/cases/" + caseId + "/documents")
                    .then().statusCode(200)
                    .body("status", everyItem(equalTo("REVOKED")))
                    .body("revocationReason", everyItem(equalTo("REJECTION_FINAL")))
                    .body("revokedOn", everyItem(equalTo(finalOn.toString())))
                    .body("workPermitEligible", everyItem(equalTo(false)));
            Checkpoint.assertNotValid(issued.get(0).documentNumber());

            given().auth().oauth2(Tokens.of(Roles.SNM))
                    .when().post("/api/v1/documents/" + issued.get(0).documentNumber() + "/renewals")
                    .then().statusCode(409).contentType("application/problem+json")
                    .body("detail", containsString("REVOKED"));
        }
    }

    @Test
    void withdrawalRevokesTheProvisionalIds() {
        UUID caseId = UUID.randomUUID();
        LocalDate withdrawnOn = LocalDate.now(PanamaClock.PANAMA);
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            admitted(caseId, 1, log);
            Publish.event(new ApplicationWithdrawn(Publish.metadata(ApplicationWithdrawn.class, caseId), withdrawnOn));
            DocumentRevoked revoked = log.awaitOne(DocumentRevoked.class, caseId);
            assertEquals(DocumentRevoked.Reason.WITHDRAWN, revoked.reason());
            assertEquals(withdrawnOn, revoked.revokedOn());
        }
    }

    @Test
    void departureAbandonsTheProcedureAndRevokesTheProvisionalIds() {
        UUID caseId = UUID.randomUUID();
        LocalDate departure = LocalDate.now(PanamaClock.PANAMA).minusDays(2);
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            List<ProvisionalIdIssued> issued = admitted(caseId, 3, log);
            Publish.event(new ApplicationAbandoned(Publish.metadata(ApplicationAbandoned.class, caseId), departure,
                    "SNM Tocumen"));
            List<DocumentRevoked> revoked = log.await(DocumentRevoked.class, caseId, 3, WAIT);
            assertEquals(List.of(DocumentRevoked.Reason.ABANDONED),
                    revoked.stream().map(DocumentRevoked::reason).distinct().toList());
            Checkpoint.assertNotValid(issued.get(2).documentNumber());
        }
    }

    @Test
    void onlyProvisionalIdsAreRevokedNotARecognisedMembersRefugeeDocument() {
        UUID caseId = UUID.randomUUID();
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            List<ProvisionalIdIssued> issued = admitted(caseId, 2, log);
            UUID recognisedMember = issued.get(0).memberId();
            Publish.event(new StatusRecognized(Publish.metadata(StatusRecognized.class, caseId), UUID.randomUUID(),
                    List.of(recognisedMember), "1951 Convention", LocalDate.now(PanamaClock.PANAMA)));
            RefugeeDocumentIssued refugee = log.awaitOne(RefugeeDocumentIssued.class, caseId);
            Publish.event(new ApplicationWithdrawn(Publish.metadata(ApplicationWithdrawn.class, caseId),
                    LocalDate.now(PanamaClock.PANAMA)));
            DocumentRevoked revoked = log.awaitOne(DocumentRevoked.class, caseId);
            assertEquals(issued.get(1).memberId(), revoked.memberId());
            assertEquals(1, log.matching(DocumentRevoked.class, e -> e.caseId().equals(caseId)).size());
            Checkpoint.assertValid(refugee.documentNumber());
        }
    }
}
