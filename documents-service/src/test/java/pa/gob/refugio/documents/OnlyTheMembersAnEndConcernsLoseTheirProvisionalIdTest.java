package pa.gob.refugio.documents;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.events.decision.RejectionBecameFinalV2;
import pa.gob.refugio.events.decision.StatusRejected;
import pa.gob.refugio.events.documents.DocumentRevoked;
import pa.gob.refugio.events.documents.ProvisionalIdIssued;
import pa.gob.refugio.events.registration.ApplicationAbandonedV2;
import pa.gob.refugio.events.registration.ApplicationWithdrawnV2;
import pa.gob.refugio.kit.time.PanamaClock;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

/**
 * The split family: CONARE rejected one adult, the rejection became final; the other adult, still undecided, keeps a
 * VALID provisional ID. Withdrawal and departure (v2) likewise revoke only the members listed.
 */
@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class OnlyTheMembersAnEndConcernsLoseTheirProvisionalIdTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final LocalDate TODAY = LocalDate.now(PanamaClock.PANAMA);

    static void assertStatus(String documentNumber, String status) {
        // the public answer says only valid or not; the status word is SNM's and ONPAR's to read
        if ("VALID".equals(status)) {
            Checkpoint.assertValid(documentNumber);
        } else {
            Checkpoint.assertNotValid(documentNumber);
        }
        given().auth().oauth2(Tokens.of(Roles.SNM)).when().get("/api/v1/documents/" + documentNumber)
                .then().statusCode(200).body("status", equalTo(status));
    }

    static ProvisionalIdIssued of(List<ProvisionalIdIssued> issued, UUID member) {
        return issued.stream().filter(i -> i.memberId().equals(member)).findFirst().orElseThrow();
    }

    @Test
    void aFinalRejectionInVersionTwoRevokesOnlyTheRejectedAdultsId() {
        UUID caseId = UUID.randomUUID();
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            List<ProvisionalIdIssued> issued = EndedCaseRevokesItsProvisionalIdsTest.admitted(caseId, 2, log);
            UUID rejected = issued.get(0).memberId();
            UUID undecided = issued.get(1).memberId();
            Publish.event(new RejectionBecameFinalV2(Publish.metadata(RejectionBecameFinalV2.class, caseId),
                    UUID.randomUUID(), List.of(rejected), RejectionBecameFinal.Cause.RECONSIDERATION_WINDOW_LAPSED,
                    TODAY));
            DocumentRevoked revoked = log.awaitOne(DocumentRevoked.class, caseId);
            assertEquals(rejected, revoked.memberId());
            assertEquals(DocumentRevoked.Reason.REJECTION_FINAL, revoked.reason());
            assertStatus(of(issued, rejected).documentNumber(), "REVOKED");
            assertStatus(of(issued, undecided).documentNumber(), "VALID");
            assertEquals(1, log.matching(DocumentRevoked.class, e -> e.caseId().equals(caseId)).size());
        }
    }

    @Test
    void aFinalRejectionInVersionOneRevokesTheIdsOfTheMembersItsRejectionNamed() {
        UUID caseId = UUID.randomUUID();
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            List<ProvisionalIdIssued> issued = EndedCaseRevokesItsProvisionalIdsTest.admitted(caseId, 2, log);
            UUID rejected = issued.get(1).memberId();
            UUID decision = UUID.randomUUID();
            Publish.event(new StatusRejected(Publish.metadata(StatusRejected.class, caseId), decision,
                    List.of(rejected), TODAY));
            Publish.event(new RejectionBecameFinal(Publish.metadata(RejectionBecameFinal.class, caseId), decision,
                    RejectionBecameFinal.Cause.APPEAL_DENIED, TODAY));
            DocumentRevoked revoked = log.awaitOne(DocumentRevoked.class, caseId);
            assertEquals(rejected, revoked.memberId());
            assertStatus(of(issued, issued.get(0).memberId()).documentNumber(), "VALID");
        }
    }

    @Test
    void oneAdultsWithdrawalOrDepartureRevokesOnlyTheirId() {
        UUID caseId = UUID.randomUUID();
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            List<ProvisionalIdIssued> issued = EndedCaseRevokesItsProvisionalIdsTest.admitted(caseId, 3, log);
            UUID withdrawn = issued.get(0).memberId();
            UUID departed = issued.get(1).memberId();
            UUID staying = issued.get(2).memberId();
            Publish.event(new ApplicationWithdrawnV2(Publish.metadata(ApplicationWithdrawnV2.class, caseId),
                    List.of(withdrawn), TODAY));
            Publish.event(new ApplicationAbandonedV2(Publish.metadata(ApplicationAbandonedV2.class, caseId),
                    List.of(departed), TODAY.minusDays(1), "SNM"));
            List<DocumentRevoked> revoked = log.await(DocumentRevoked.class, caseId, 2, WAIT);
            assertEquals(List.of(withdrawn, departed), revoked.stream().map(DocumentRevoked::memberId).toList());
            assertEquals(List.of(DocumentRevoked.Reason.WITHDRAWN, DocumentRevoked.Reason.ABANDONED),
                    revoked.stream().map(DocumentRevoked::reason).toList());
            assertStatus(of(issued, staying).documentNumber(), "VALID");
            given().auth().oauth2(pa.gob.refugio.testing.Tokens.of(pa.gob.refugio.security.Roles.SNM))
                    .when().post("/api/v1/documents/" + of(issued, departed).documentNumber() + "/renewals")
                    .then().statusCode(409);
        }
    }
}
