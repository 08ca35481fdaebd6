package pa.gob.refugio.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static pa.gob.refugio.registration.CaseStatusShowsTheTimelineFromEveryServiceTest.meta;
import static pa.gob.refugio.registration.CaseStatusShowsTheTimelineFromEveryServiceTest.statusWhen;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.events.decision.RejectionBecameFinalV2;
import pa.gob.refugio.events.decision.StatusRejected;
import pa.gob.refugio.events.registration.ApplicationAbandonedV2;
import pa.gob.refugio.events.registration.ApplicationWithdrawnV2;
import pa.gob.refugio.events.registration.AsylumSeekerCertificateRevoked;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

/**
 * Outcomes belong to each member: one adult's departure, withdrawal or final rejection ends that adult's procedure
 * only; a child linked to them goes with them unless another adult of the family stays in the procedure; the case
 * ends when no member remains. (Family: principal, partner, child linked to the principal.)
 */
@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class EveryMemberKeepsTheirOwnOutcomeTest {

    record Family(UUID caseId, UUID principal, UUID partner, UUID child) {
    }

    static Family family() {
        JsonPath registered = Families.register(Families.family("ONPAR Balboa"));
        List<UUID> ids = registered.getList("application.members.memberId", String.class).stream()
                .map(UUID::fromString).toList();
        return new Family(Families.caseId(registered), ids.get(0), ids.get(1), ids.get(2));
    }

    static ValidatableResponse depart(UUID caseId, String memberIds) {
        return given().auth().oauth2(Tokens.of(Roles.SNM)).contentType("application/json")
                .body("{\"departureDate\": \"" + LocalDate.now() + "\", \"memberIds\": " + memberIds + "}")
                .when().post("/api/v1/applications/" + caseId + "/departure").then();
    }

    static ValidatableResponse withdraw(UUID caseId, String memberIds) {
        return given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/json")
                .body("{\"withdrawnOn\": \"" + LocalDate.now() + "\", \"memberIds\": " + memberIds + "}")
                .when().post("/api/v1/applications/" + caseId + "/withdrawal").then();
    }

    static String ids(UUID... members) {
        return "[" + String.join(", ", java.util.Arrays.stream(members).map(m -> "\"" + m + "\"").toList()) + "]";
    }

    @Test
    void oneAdultsDepartureEndsOnlyTheirProcedureAndRevokesOnlyTheirCertificate() {
        Family f = family();
        depart(f.caseId(), ids(f.partner())).statusCode(200)
                .body("status", equalTo("REGISTERED"))
                .body("members.status", equalTo(List.of("IN_PROCEDURE", "ABANDONED", "IN_PROCEDURE")));
        try (EventLog log = EventLog.of(Topics.REGISTRATION)) {
            ApplicationAbandonedV2 event = log.awaitOne(ApplicationAbandonedV2.class, f.caseId());
            assertEquals(List.of(f.partner()), event.memberIds());
            AsylumSeekerCertificateRevoked revoked = log.awaitOne(AsylumSeekerCertificateRevoked.class, f.caseId());
            assertEquals(f.partner(), revoked.memberId());
        }
        depart(f.caseId(), ids(f.partner())).statusCode(409)
                .body("type", containsString("member-procedure-ended")).body("field", equalTo("memberIds"));
        depart(f.caseId(), ids(UUID.randomUUID())).statusCode(422)
                .body("type", containsString("unknown-member")).body("field", equalTo("memberIds"));

        // The principal withdraws; no other adult stays, so the child linked to her goes with her: the case ends.
        withdraw(f.caseId(), ids(f.principal())).statusCode(200)
                .body("members.status", equalTo(List.of("WITHDRAWN", "ABANDONED", "WITHDRAWN")))
                .body("status", equalTo("CLOSED"));
        try (EventLog log = EventLog.of(Topics.REGISTRATION)) {
            ApplicationWithdrawnV2 event = log.awaitOne(ApplicationWithdrawnV2.class, f.caseId());
            assertEquals(List.of(f.principal(), f.child()), event.memberIds());
            assertEquals(3, log.await(AsylumSeekerCertificateRevoked.class, f.caseId(), 3, Duration.ofSeconds(30))
                    .size());
        }
    }

    @Test
    void aChildStaysWithTheOtherAdultWhenTheirResponsibleAdultWithdraws() {
        Family f = family();
        withdraw(f.caseId(), ids(f.principal())).statusCode(200)
                .body("status", equalTo("REGISTERED"))
                .body("members.status", equalTo(List.of("WITHDRAWN", "IN_PROCEDURE", "IN_PROCEDURE")))
                .body("members[2].responsibleMemberId", equalTo(f.partner().toString()));
        // Without memberIds: every member still in the procedure (old clients keep working).
        depart(f.caseId(), "null").statusCode(200)
                .body("members.status", equalTo(List.of("WITHDRAWN", "ABANDONED", "ABANDONED")))
                .body("status", equalTo("CLOSED"));
        depart(f.caseId(), "null").statusCode(409);
    }

    @Test
    void aRejectionFinalForOneAdultLeavesTheOtherInTheProcedureInEitherEventVersion() {
        Family f = family();
        UUID rejection = UUID.randomUUID();
        Publish.event(new StatusRejected(meta(StatusRejected.class, f.caseId()), rejection, List.of(f.partner()),
                LocalDate.now()));
        Publish.event(new RejectionBecameFinalV2(meta(RejectionBecameFinalV2.class, f.caseId()), rejection,
                List.of(f.partner()), RejectionBecameFinal.Cause.RECONSIDERATION_WINDOW_LAPSED, LocalDate.now()));
        JsonPath split = statusWhen(f.caseId(), s -> "REJECTED_FINAL".equals(s.getString("members[1].status")));
        assertEquals("REGISTERED", split.getString("status"));
        assertEquals(List.of("IN_PROCEDURE", "REJECTED_FINAL", "IN_PROCEDURE"), split.getList("members.status"));
        assertEquals("REJECTED_FINAL", split.getString("members[1].phase"));
        assertEquals("REGISTERED", split.getString("members[0].phase"), "the principal is not touched");
        assertEquals("REGISTERED", split.getString("phase"), "the case follows the members still in it");
        try (EventLog log = EventLog.of(Topics.REGISTRATION)) {
            AsylumSeekerCertificateRevoked revoked = log.awaitOne(AsylumSeekerCertificateRevoked.class, f.caseId());
            assertEquals(f.partner(), revoked.memberId());
        }

        // v1 names no members: those of its rejection (StatusRejected) are meant.
        UUID second = UUID.randomUUID();
        Publish.event(new StatusRejected(meta(StatusRejected.class, f.caseId()), second, List.of(f.principal()),
                LocalDate.now()));
        Publish.event(new RejectionBecameFinal(meta(RejectionBecameFinal.class, f.caseId()), second,
                RejectionBecameFinal.Cause.APPEAL_DENIED, LocalDate.now()));
        JsonPath both = statusWhen(f.caseId(), s -> "REJECTED_FINAL".equals(s.getString("members[0].status")));
        assertEquals(List.of("REJECTED_FINAL", "REJECTED_FINAL", "IN_PROCEDURE"), both.getList("members.status"));
        assertEquals("REGISTERED", both.getString("status"), "the child is still in the procedure");
    }
}
