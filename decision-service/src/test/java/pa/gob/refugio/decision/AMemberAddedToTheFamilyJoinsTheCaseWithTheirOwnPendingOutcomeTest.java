package pa.gob.refugio.decision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static pa.gob.refugio.decision.Fixture.awaitStatus;
import static pa.gob.refugio.decision.Fixture.post;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.decision.Fixture.Family;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;
import pa.gob.refugio.events.registration.MemberAdded;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

/**
 * Amendments (issue 13): a member added to the family joins the case with a PENDING outcome of their own; an adult
 * added while the case was ready for admissibility sends it back to the interviews; a member added once the rest of
 * the family is recognised is decided apart by CONARE.
 */
@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class AMemberAddedToTheFamilyJoinsTheCaseWithTheirOwnPendingOutcomeTest {

    private static MemberAdded added(Family family, boolean adult) {
        return new MemberAdded(Fixture.meta(MemberAdded.class, family.caseId()), UUID.randomUUID(),
                adult ? FamilyRole.OTHER_DEPENDANT : FamilyRole.CHILD, adult, false, false,
                adult ? MemberAdded.Reason.FAMILY_REUNIFICATION : MemberAdded.Reason.BIRTH,
                adult ? null : family.principal());
    }

    private static void awaitMembers(UUID caseId, int count) {
        Fixture.await(() -> given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                .when().get("/api/v1/cases/" + caseId).then().extract().jsonPath()
                .getList("members").size() == count, "case " + caseId + " to have " + count + " members");
    }

    @Test
    void anAdultAddedToACaseReadyForAdmissibilityWaitsForTheirInterview() {
        Family family = Fixture.readyForAdmissibility(1, 0);
        MemberAdded adult = added(family, true);
        Publish.event(adult);
        Publish.event(adult); // replay: one member only
        awaitStatus(family.caseId(), "AWAITING_INTERVIEWS");
        awaitMembers(family.caseId(), 2);
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).when().get("/api/v1/cases/" + family.caseId())
                .then().statusCode(200).body("members[1].memberId", equalTo(adult.memberId().toString()))
                .body("members[1].outcome", equalTo("PENDING"));
    }

    @Test
    void aNewbornOfARecognisedFamilyIsDecidedApart() {
        Family family = Fixture.admitted(1, 0);
        post("/api/v1/cases/" + family.caseId() + "/eligibility", Roles.CONARE, """
                {"outcome": "RECOGNIZED", "legalBasis": "CONVENTION_1951", "ground": "POLITICAL_OPINION",
                 "reasons": "Persecuted for political opinion"}""").then().statusCode(201);
        awaitStatus(family.caseId(), "RECOGNIZED");
        MemberAdded newborn = added(family, false);
        Publish.event(newborn);
        awaitStatus(family.caseId(), "ADMITTED");
        awaitMembers(family.caseId(), 2);
        post("/api/v1/cases/" + family.caseId() + "/eligibility", Roles.CONARE, """
                {"outcome": "RECOGNIZED", "legalBasis": "CONVENTION_1951", "ground": "POLITICAL_OPINION",
                 "reasons": "Family unity", "memberIds": ["%s"]}""".formatted(newborn.memberId()))
                .then().statusCode(201).body("memberIds", equalTo(List.of(newborn.memberId().toString())))
                .body("caseStatus", equalTo("RECOGNIZED"));
    }
}
