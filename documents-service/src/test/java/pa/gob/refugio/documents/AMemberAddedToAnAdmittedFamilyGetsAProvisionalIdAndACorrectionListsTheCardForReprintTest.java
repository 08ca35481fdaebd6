package pa.gob.refugio.documents;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.decision.ApplicationAdmitted;
import pa.gob.refugio.events.documents.ProvisionalIdIssued;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;
import pa.gob.refugio.events.registration.MemberAdded;
import pa.gob.refugio.events.registration.MemberDataCorrected;
import pa.gob.refugio.kit.time.PanamaClock;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

/**
 * Amendments (issue 13): a member added to an admitted family gets a provisional ID, one added before admission gets
 * nothing (the admission names them); a correction of a member's identity data lists their active documents for SNM
 * to print again, without revoking them.
 */
@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class AMemberAddedToAnAdmittedFamilyGetsAProvisionalIdAndACorrectionListsTheCardForReprintTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private static MemberAdded newborn(UUID caseId, UUID parent) {
        return new MemberAdded(Publish.metadata(MemberAdded.class, caseId), UUID.randomUUID(), FamilyRole.CHILD,
                false, false, false, MemberAdded.Reason.BIRTH, parent);
    }

    @Test
    void aNewbornOfAnAdmittedFamilyGetsAProvisionalIdAndOneBeforeAdmissionNothing() {
        UUID caseId = UUID.randomUUID();
        UUID parent = UUID.randomUUID();
        UUID earlyCase = UUID.randomUUID();
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            MemberAdded beforeAdmission = newborn(earlyCase, parent);
            Publish.event(beforeAdmission);
            Publish.event(new ApplicationAdmitted(Publish.metadata(ApplicationAdmitted.class, caseId),
                    UUID.randomUUID(), List.of(parent), LocalDate.now(PanamaClock.PANAMA)));
            log.awaitOne(ProvisionalIdIssued.class, caseId);
            MemberAdded added = newborn(caseId, parent);
            Publish.event(added);
            List<ProvisionalIdIssued> issued = log.await(ProvisionalIdIssued.class, caseId, 2, WAIT);
            assertTrue(issued.stream().anyMatch(i -> i.memberId().equals(added.memberId())));
        }
        assertEquals(0, AdmittedFamilyGetsProvisionalIdsThenRefugeeDocumentsTest.documentsOf(earlyCase)
                .getList("$").size());
    }

    @Test
    void aCorrectionListsTheMembersActiveDocumentForReprintOnceAndRevokesNothing() throws Exception {
        UUID caseId = UUID.randomUUID();
        UUID member = UUID.randomUUID();
        String number;
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            Publish.event(new ApplicationAdmitted(Publish.metadata(ApplicationAdmitted.class, caseId),
                    UUID.randomUUID(), List.of(member), LocalDate.now(PanamaClock.PANAMA)));
            number = log.awaitOne(ProvisionalIdIssued.class, caseId).documentNumber();
        }
        MemberDataCorrected corrected = new MemberDataCorrected(Publish.metadata(MemberDataCorrected.class, caseId),
                member, List.of("givenNames"), 2, MemberDataCorrected.Reason.TRANSCRIPTION_ERROR, true);
        Publish.event(corrected);
        Publish.event(new MemberDataCorrected(Publish.metadata(MemberDataCorrected.class, caseId), member,
                List.of("givenNames"), 2, MemberDataCorrected.Reason.TRANSCRIPTION_ERROR, true)); // same version again
        String reissueId = null;
        long until = System.nanoTime() + WAIT.toNanos();
        while (reissueId == null && System.nanoTime() < until) {
            JsonPath page = given().auth().oauth2(Tokens.of(Roles.SNM)).queryParam("size", 100)
                    .when().get("/api/v1/worklists/reissues").then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("items.findAll { it.documentNumber == '" + number + "' }.reissueId");
            if (!ids.isEmpty()) {
                assertEquals(1, ids.size());
                reissueId = ids.get(0);
            } else {
                Thread.sleep(250);
            }
        }
        assertTrue(reissueId != null, "the corrected member's card is on the reprint worklist");
        given().auth().oauth2(Tokens.of(Roles.SNM)).when().get("/api/v1/cases/" + caseId + "/documents")
                .then().statusCode(200).body("[0].status", org.hamcrest.Matchers.equalTo("VALID"));
        given().auth().oauth2(Tokens.of(Roles.SNM)).when().post("/api/v1/worklists/reissues/" + reissueId + "/printed")
                .then().statusCode(200);
        given().auth().oauth2(Tokens.of(Roles.SNM)).when().post("/api/v1/worklists/reissues/" + reissueId + "/printed")
                .then().statusCode(409);
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).when().get("/api/v1/worklists/reissues")
                .then().statusCode(403);
    }
}
