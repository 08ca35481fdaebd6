package pa.gob.refugio.decision.casefile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.decision.Fixture;
import pa.gob.refugio.decision.Fixture.Family;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class,
        initArgs = @ResourceArg(name = "database", value = "decision"))
@WithTestResource(FakeUpstreams.class)
class ConareReadsTheWholeCaseFileOrNoneTest {

    private static void upstreamsKnow(Family family) {
        UUID principal = family.memberIds().get(0);
        UUID child = family.memberIds().get(1);
        UUID interview = UUID.randomUUID();
        FakeUpstreams.ROUTES.put("/api/v1/applications/" + family.caseId(), new FakeUpstreams.Answer(200, """
                {"caseId": "%s", "caseNumber": "ONPAR-2026-000123", "status": "REGISTERED", "intakeSite": "ONPAR Balboa",
                 "entryDate": "2026-10-01", "filedOn": "2026-10-20", "outOfTime": false, "priority": true,
                 "placeOfEntry": "Darién", "groundsStated": "Threatened by an armed group",
                 "members": [
                   {"memberId": "%s", "role": "PRINCIPAL", "givenNames": "Ana", "familyNames": "Pérez",
                    "sex": "F", "dateOfBirth": "1990-02-03", "nationalities": ["VEN"], "languages": ["es"],
                    "unaccompaniedChild": false, "specificNeeds": ["SURVIVOR_OF_VIOLENCE"],
                    "identityDocument": {"type": "PASSPORT", "number": "P123", "issuingCountry": "VEN"},
                    "status": "IN_PROCEDURE", "somethingNew": 1},
                   {"memberId": "%s", "role": "CHILD", "givenNames": "Luis", "familyNames": "Pérez",
                    "sex": "M", "dateOfBirth": "2018-05-06", "nationalities": ["VEN"], "unaccompaniedChild": false,
                    "specificNeeds": [], "status": "IN_PROCEDURE"}]}""".formatted(family.caseId(), principal, child)));
        FakeUpstreams.ROUTES.put("/api/v1/cases/" + family.caseId() + "/interviews", new FakeUpstreams.Answer(200, """
                [{"interviewId": "%s", "caseId": "%s", "memberId": "%s", "kind": "ELIGIBILITY", "status": "COMPLETED",
                  "scheduledAt": "2026-11-02T09:00:00", "site": "ONPAR Balboa", "childAppropriate": false}]"""
                .formatted(interview, family.caseId(), principal)));
        FakeUpstreams.ROUTES.put("/api/v1/interviews/" + interview, new FakeUpstreams.Answer(200, """
                {"interviewId": "%s", "caseId": "%s", "memberId": "%s", "kind": "ELIGIBILITY", "status": "COMPLETED",
                 "scheduledAt": "2026-11-02T09:00:00", "site": "ONPAR Balboa", "childAppropriate": false,
                 "record": {"interviewer": "officer-1", "durationMinutes": 90, "summary": "Credible account",
                            "completedAt": "2026-11-02T15:00:00Z", "recordedBy": "officer-1"}}"""
                .formatted(interview, family.caseId(), principal)));
    }

    @Test
    void conareReadsTheApplicationTheInterviewRecordsAndTheDecisionsPerMember() {
        Family family = Fixture.admitted(1, 1);
        upstreamsKnow(family);
        String token = Tokens.of(Roles.CONARE);

        given().auth().oauth2(token).when().get("/api/v1/cases/" + family.caseId() + "/file")
                .then().statusCode(200)
                .body("caseId", equalTo(family.caseId().toString()))
                .body("caseStatus", equalTo("ADMITTED"))
                .body("application.groundsStated", equalTo("Threatened by an armed group"))
                .body("application.placeOfEntry", equalTo("Darién"))
                .body("members.size()", equalTo(2))
                .body("members[0].identity.givenNames", equalTo("Ana"))
                .body("members[0].specificNeeds[0]", equalTo("SURVIVOR_OF_VIOLENCE"))
                .body("members[0].adult", equalTo(true))
                .body("members[0].interviews[0].record.summary", equalTo("Credible account"))
                .body("members[1].interviews.size()", equalTo(0))
                .body("members[1].adult", equalTo(false))
                .body("decisions[0].kind", equalTo("ADMISSIBILITY"))
                .body("decisions[0].outcome", equalTo("ADMITTED"));

        assertEquals("Bearer " + token, FakeUpstreams.AUTHORIZATION_SEEN.get("/api/v1/applications/"
                + family.caseId()), "the caller's token goes to the source, which checks and audits it");
        given().auth().oauth2(Tokens.of(Roles.MINISTER)).when().get("/api/v1/cases/" + family.caseId() + "/file")
                .then().statusCode(200);
    }

    @Test
    void aSourceThatCannotBeReadGivesNoFileButA503NamingIt() {
        Family family = Fixture.admitted(1, 1);
        upstreamsKnow(family);
        FakeUpstreams.ROUTES.put("/api/v1/cases/" + family.caseId() + "/interviews",
                new FakeUpstreams.Answer(500, "{}"));

        given().auth().oauth2(Tokens.of(Roles.CONARE)).header("Accept-Language", "es")
                .when().get("/api/v1/cases/" + family.caseId() + "/file")
                .then().statusCode(503)
                .header("Retry-After", equalTo("10"))
                .contentType("application/problem+json")
                .body("type", containsString("source-unavailable"))
                .body("service", equalTo("interview-service"))
                .body("detail", containsString("incompleto"))
                .body("members", nullValue());
    }

    @Test
    void onlyConareAndTheMinisterReadTheFile() {
        Family family = Fixture.registered(1, 1);
        upstreamsKnow(family);
        for (String role : List.of(Roles.ONPAR_ELIGIBILITY, Roles.ONPAR_REGISTRATION, Roles.SNM, Roles.PARTNER_NGO,
                Roles.OPERATIONS, Roles.OVERSIGHT)) {
            given().auth().oauth2(Tokens.of(role)).when().get("/api/v1/cases/" + family.caseId() + "/file")
                    .then().statusCode(403);
        }
        given().auth().oauth2(Tokens.of(Roles.CONARE)).when().get("/api/v1/cases/" + UUID.randomUUID() + "/file")
                .then().statusCode(404);
    }
}
