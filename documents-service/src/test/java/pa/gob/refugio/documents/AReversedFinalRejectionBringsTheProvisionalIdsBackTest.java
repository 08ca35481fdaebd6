package pa.gob.refugio.documents;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.decision.FinalRejectionReversed;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.events.documents.DocumentReinstated;
import pa.gob.refugio.events.documents.DocumentRevoked;
import pa.gob.refugio.events.documents.ProvisionalIdIssued;
import pa.gob.refugio.kit.time.PanamaClock;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

/** A lapse undone (paper filing in time, supervisor's reinstatement) reverses the final rejection: the IDs come back. */
@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class AReversedFinalRejectionBringsTheProvisionalIdsBackTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Test
    void theProvisionalIdsRevokedByTheLapseAreValidAgainWithTheirHistory() {
        UUID caseId = UUID.randomUUID();
        UUID decisionId = UUID.randomUUID();
        LocalDate finalOn = LocalDate.now(PanamaClock.PANAMA).minusDays(2);
        LocalDate today = LocalDate.now(PanamaClock.PANAMA);
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            List<ProvisionalIdIssued> issued = EndedCaseRevokesItsProvisionalIdsTest.admitted(caseId, 2, log);
            Publish.event(new RejectionBecameFinal(Publish.metadata(RejectionBecameFinal.class, caseId), decisionId,
                    RejectionBecameFinal.Cause.RECONSIDERATION_WINDOW_LAPSED, finalOn));
            log.await(DocumentRevoked.class, caseId, 2, WAIT);

            FinalRejectionReversed reversed = new FinalRejectionReversed(
                    Publish.metadata(FinalRejectionReversed.class, caseId), decisionId,
                    issued.stream().map(ProvisionalIdIssued::memberId).toList(),
                    RejectionBecameFinal.Cause.RECONSIDERATION_WINDOW_LAPSED, finalOn, today);
            Publish.event(reversed);
            Publish.event(reversed);
            List<DocumentReinstated> reinstated = log.await(DocumentReinstated.class, caseId, 2, WAIT);
            for (DocumentReinstated r : reinstated) {
                assertEquals(DocumentRevoked.Reason.REJECTION_FINAL, r.previousReason());
                assertEquals(finalOn, r.revokedOn());
                assertEquals(today, r.reinstatedOn());
            }
        }
        given().auth().oauth2(Tokens.of(Roles.SNM)).when().get("/api/v1/cases/" + caseId + "/documents")
                .then().statusCode(200)
                .body("status", everyItem(equalTo("VALID")));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                .when().get("/api/v1/document-reinstatements?caseId=" + caseId)
                .then().statusCode(200)
                .body("", hasSize(2))
                .body("revocationReason", everyItem(equalTo("REJECTION_FINAL")))
                .body("revokedOn", everyItem(equalTo(finalOn.toString())))
                .body("status", everyItem(equalTo("VALID")));
    }
}
