package pa.gob.refugio.documents;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
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
import pa.gob.refugio.events.decision.CaseReopened;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.events.decision.RejectionBecameFinalV2;
import pa.gob.refugio.events.decision.StatusEndBecameFinal;
import pa.gob.refugio.events.decision.StatusEnded;
import pa.gob.refugio.events.decision.StatusRecognized;
import pa.gob.refugio.events.documents.DocumentReinstated;
import pa.gob.refugio.events.documents.DocumentRevoked;
import pa.gob.refugio.events.documents.ProvisionalIdIssued;
import pa.gob.refugio.events.documents.RefugeeDocumentIssued;
import pa.gob.refugio.kit.time.PanamaClock;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

/**
 * The end of a status revokes the member's refugee document only once it is final, and only that member's; a
 * judicial annulment gives back what the finality revoked (the refugee document, or the provisional IDs).
 */
@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class ARefugeeDocumentIsRevokedOnlyWhenTheEndOfTheStatusIsFinalTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void theFinalEndRevokesThatMembersRefugeeDocumentAndAnAnnulmentReinstatesIt() {
        UUID caseId = UUID.randomUUID();
        UUID endId = UUID.randomUUID();
        LocalDate today = LocalDate.now(PanamaClock.PANAMA);
        LocalDate finalOn = today.minusDays(1);
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            List<ProvisionalIdIssued> issued = EndedCaseRevokesItsProvisionalIdsTest.admitted(caseId, 2, log);
            List<UUID> members = issued.stream().map(ProvisionalIdIssued::memberId).toList();
            Publish.event(new StatusRecognized(Publish.metadata(StatusRecognized.class, caseId), UUID.randomUUID(),
                    members, "CONVENTION_1951", today.minusDays(10)));
            List<RefugeeDocumentIssued> refugee = log.await(RefugeeDocumentIssued.class, caseId, 2, WAIT);
            UUID ended = members.get(0);
            String endedNumber = refugee.stream().filter(r -> r.memberId().equals(ended)).findFirst().orElseThrow()
                    .documentNumber();

            // decided, not final: nothing happens to the documents
            Publish.event(new StatusEnded(Publish.metadata(StatusEnded.class, caseId), endId, List.of(ended),
                    StatusEnded.Kind.CESSATION, "VOLUNTARY_REAVAILMENT", today.minusDays(8)));
            StatusEndBecameFinal fin = new StatusEndBecameFinal(Publish.metadata(StatusEndBecameFinal.class, caseId),
                    endId, List.of(ended), StatusEnded.Kind.CESSATION,
                    RejectionBecameFinal.Cause.RECONSIDERATION_WINDOW_LAPSED, finalOn);
            Publish.event(fin);
            Publish.event(fin);
            DocumentRevoked revoked = log.await(DocumentRevoked.class, caseId, 1, WAIT).get(0);
            assertEquals(ended, revoked.memberId());
            assertEquals(endedNumber, revoked.documentNumber());
            assertEquals(DocumentRevoked.Reason.STATUS_ENDED, revoked.reason());
            assertEquals(finalOn, revoked.revokedOn());

            given().auth().oauth2(Tokens.of(Roles.SNM)).when().get("/api/v1/documents/" + endedNumber)
                    .then().statusCode(200).body("status", equalTo("REVOKED"))
                    .body("revocationReason", equalTo("STATUS_ENDED"));
            given().auth().oauth2(Tokens.of(Roles.SNM)).when().get("/api/v1/cases/" + caseId + "/documents")
                    .then().statusCode(200).body("status", hasItem("VALID"));

            CaseReopened reopened = new CaseReopened(Publish.metadata(CaseReopened.class, caseId), endId,
                    UUID.randomUUID(), List.of(ended), CaseReopened.Step.RECOGNIZED, today);
            Publish.event(reopened);
            Publish.event(reopened);
            DocumentReinstated reinstated = log.await(DocumentReinstated.class, caseId, 1, WAIT).get(0);
            assertEquals(endedNumber, reinstated.documentNumber());
            assertEquals(DocumentRevoked.Reason.STATUS_ENDED, reinstated.previousReason());
            assertEquals(today, reinstated.reinstatedOn());
        }
        given().auth().oauth2(Tokens.of(Roles.SNM)).when().get("/api/v1/cases/" + caseId + "/documents")
                .then().statusCode(200).body("findAll { it.kind == 'REFUGEE_DOCUMENT' }.status",
                        org.hamcrest.Matchers.everyItem(equalTo("VALID")));
    }

    @Test
    void anAnnulledFinalRejectionBringsTheMembersProvisionalIdsBack() {
        UUID caseId = UUID.randomUUID();
        UUID rejection = UUID.randomUUID();
        LocalDate today = LocalDate.now(PanamaClock.PANAMA);
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            List<ProvisionalIdIssued> issued = EndedCaseRevokesItsProvisionalIdsTest.admitted(caseId, 2, log);
            UUID member = issued.get(0).memberId();
            Publish.event(new RejectionBecameFinalV2(Publish.metadata(RejectionBecameFinalV2.class, caseId),
                    rejection, List.of(member), RejectionBecameFinal.Cause.APPEAL_DENIED, today.minusDays(5)));
            log.await(DocumentRevoked.class, caseId, 1, WAIT).get(0);
            Publish.event(new CaseReopened(Publish.metadata(CaseReopened.class, caseId), rejection,
                    UUID.randomUUID(), List.of(member), CaseReopened.Step.ELIGIBILITY, today));
            DocumentReinstated reinstated = log.await(DocumentReinstated.class, caseId, 1, WAIT).get(0);
            assertEquals(member, reinstated.memberId());
            assertEquals(DocumentRevoked.Reason.REJECTION_FINAL, reinstated.previousReason());
        }
    }
}
