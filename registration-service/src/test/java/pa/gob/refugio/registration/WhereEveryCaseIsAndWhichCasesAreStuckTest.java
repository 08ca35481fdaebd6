package pa.gob.refugio.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pa.gob.refugio.registration.CaseStatusShowsTheTimelineFromEveryServiceTest.meta;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.decision.ApplicationAdmitted;
import pa.gob.refugio.events.decision.StatusRecognized;
import pa.gob.refugio.events.decision.StatusRejected;
import pa.gob.refugio.events.documents.ProvisionalIdIssued;
import pa.gob.refugio.events.documents.RefugeeDocumentIssued;
import pa.gob.refugio.events.interview.CaseReadyForDecision;
import pa.gob.refugio.events.interview.InterviewScheduled;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

/**
 * The read model of where every case is: each member's stage, what it waits for, since when and which service holds
 * it, built from the events of every service; a case waiting longer than its stage's service level is listed as
 * stuck (tests: a case without interviews is stuck after 2 seconds) until the event it waited for arrives.
 */
@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class WhereEveryCaseIsAndWhichCasesAreStuckTest {

    record Family(UUID caseId, String caseNumber, UUID principal, UUID partner, UUID child) {
    }

    static Family family() {
        JsonPath registered = Families.register(Families.family("ONPAR Balboa"));
        List<UUID> ids = registered.getList("application.members.memberId", String.class).stream()
                .map(UUID::fromString).toList();
        return new Family(Families.caseId(registered), registered.getString("application.caseNumber"), ids.get(0),
                ids.get(1), ids.get(2));
    }

    static JsonPath progress(UUID caseId) {
        return given().auth().oauth2(Tokens.of(Roles.OPERATIONS))
                .when().get("/api/v1/cases/" + caseId + "/progress")
                .then().statusCode(200).extract().jsonPath();
    }

    static JsonPath progressWhen(UUID caseId, Predicate<JsonPath> ready) {
        return await(() -> progress(caseId), ready);
    }

    static List<String> stages(JsonPath p) {
        return p.getList("members.stage", String.class);
    }

    /** Every stuck item (all pages) for the query; {@code waitingLongerThan} null: the configured levels. */
    static List<Map<String, Object>> stuck(String waitingLongerThan) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            var request = given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).queryParam("page", page)
                    .queryParam("size", 500);
            if (waitingLongerThan != null) {
                request.queryParam("waitingLongerThan", waitingLongerThan);
            }
            JsonPath p = request.when().get("/api/v1/operations/stuck-cases").then().statusCode(200)
                    .extract().jsonPath();
            List<Map<String, Object>> items = p.getList("items");
            all.addAll(items);
            if (items.size() < 500) {
                assertEquals(p.getLong("total"), all.size());
                return all;
            }
        }
    }

    static List<Map<String, Object>> stuckOf(UUID caseId, String waitingLongerThan) {
        return stuck(waitingLongerThan).stream().filter(i -> caseId.toString().equals(i.get("caseId"))).toList();
    }

    static <T> T await(java.util.function.Supplier<T> read, Predicate<T> ready) {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            T value = read.get();
            if (ready.test(value) || System.nanoTime() > until) {
                return value;
            }
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void aCaseWithoutInterviewsIsStuckAfterItsServiceLevelAndLeavesTheListOnceInterviewScheduledArrives() {
        Family f = family();
        // configured level for REGISTERED in tests: PT2S
        List<Map<String, Object>> items = await(() -> stuckOf(f.caseId(), null), l -> l.size() == 3);
        assertEquals(3, items.size(), "every member of the case waits for interviews");
        Map<String, Object> principal = items.stream().filter(i -> f.principal().toString().equals(i.get("memberId")))
                .findFirst().orElseThrow();
        assertEquals(f.caseNumber(), principal.get("caseNumber"));
        assertEquals("REGISTERED", principal.get("stage"));
        assertEquals("interview-service", principal.get("heldBy"));
        assertEquals("PT2S", principal.get("serviceLevel"));
        assertNotNull(principal.get("waitingFor"));
        assertNotNull(principal.get("since"));
        assertEquals(3, stuckOf(f.caseId(), "PT1S").size());
        assertEquals("PT1S", stuckOf(f.caseId(), "PT1S").get(0).get("serviceLevel"));
        assertTrue(stuckOf(f.caseId(), "P1D").isEmpty(), "not waiting a day yet");

        Publish.event(new InterviewScheduled(meta(InterviewScheduled.class, f.caseId()), UUID.randomUUID(),
                f.principal(), LocalDateTime.now().plusDays(7).withNano(0), "ONPAR Balboa"));
        JsonPath p = progressWhen(f.caseId(), j -> stages(j).equals(List.of("INTERVIEWS_SCHEDULED",
                "INTERVIEWS_SCHEDULED", "INTERVIEWS_SCHEDULED")));
        assertEquals(List.of("INTERVIEWS_SCHEDULED", "INTERVIEWS_SCHEDULED", "INTERVIEWS_SCHEDULED"), stages(p));
        assertTrue(stuckOf(f.caseId(), null).isEmpty(), "interviews scheduled: within its level (P30D)");
        assertTrue(stuckOf(f.caseId(), "P1D").isEmpty());
    }

    @Test
    void aFamilyMovesThroughTheStagesOfEveryServiceEachMemberOnItsOwn() {
        Family f = family();
        JsonPath fresh = progress(f.caseId());
        assertEquals(f.caseNumber(), fresh.getString("caseNumber"));
        assertEquals("ONPAR Balboa", fresh.getString("site"));
        assertNotNull(fresh.getString("registeredAt"));
        assertEquals(List.of("PRINCIPAL", "SPOUSE_OR_PARTNER", "CHILD"), fresh.getList("members.role"));
        assertEquals(List.of("REGISTERED", "REGISTERED", "REGISTERED"), stages(fresh));
        assertEquals("interview-service", fresh.getString("members[0].heldBy"));

        Publish.event(new InterviewScheduled(meta(InterviewScheduled.class, f.caseId()), UUID.randomUUID(),
                f.principal(), LocalDateTime.now().plusDays(7).withNano(0), "ONPAR Balboa"));
        Publish.event(new CaseReadyForDecision(meta(CaseReadyForDecision.class, f.caseId()),
                List.of(f.principal(), f.partner())));
        JsonPath interviewed = progressWhen(f.caseId(), j -> stages(j).stream().allMatch("INTERVIEWED"::equals));
        assertEquals(List.of("INTERVIEWED", "INTERVIEWED", "INTERVIEWED"), stages(interviewed));
        assertEquals("decision-service", interviewed.getString("members[2].heldBy"));

        UUID admission = UUID.randomUUID();
        var admitted = new ApplicationAdmitted(meta(ApplicationAdmitted.class, f.caseId()), admission,
                List.of(f.principal(), f.partner(), f.child()), LocalDate.now());
        Publish.event(admitted);
        JsonPath a = progressWhen(f.caseId(), j -> stages(j).stream().allMatch("ADMITTED"::equals));
        assertEquals("documents-service", a.getString("members[1].heldBy"));
        assertTrue(Duration.between(admitted.metadata().occurredAt(), Instant.parse(a.getString("members[1].since")))
                .abs().toMillis() < 1, "since: the time of the event that put the member in the stage");

        Publish.event(new ProvisionalIdIssued(meta(ProvisionalIdIssued.class, f.caseId()), UUID.randomUUID(),
                "PA-SOL-" + System.nanoTime(), f.principal(), LocalDate.now(), LocalDate.now().plusMonths(6)));
        UUID decision = UUID.randomUUID();
        Publish.event(new StatusRecognized(meta(StatusRecognized.class, f.caseId()), decision,
                List.of(f.child()), "CONVENTION_1951", LocalDate.now()));
        Publish.event(new StatusRejected(meta(StatusRejected.class, f.caseId()), UUID.randomUUID(),
                List.of(f.partner()), LocalDate.now()));
        JsonPath decided = progressWhen(f.caseId(), j -> stages(j).equals(List.of("AWAITING_ELIGIBILITY",
                "REJECTED", "RECOGNISED")));
        assertEquals(List.of("AWAITING_ELIGIBILITY", "REJECTED", "RECOGNISED"), stages(decided),
                () -> given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                        .when().get("/api/v1/applications/" + f.caseId() + "/status").asString());
        assertEquals(List.of("decision-service", "decision-service", "documents-service"),
                decided.getList("members.heldBy"));

        Publish.event(new RefugeeDocumentIssued(meta(RefugeeDocumentIssued.class, f.caseId()), UUID.randomUUID(),
                "PA-REF-" + System.nanoTime(), f.child(), LocalDate.now(), LocalDate.now().plusYears(1)));
        JsonPath documented = progressWhen(f.caseId(), j -> "DOCUMENTED".equals(j.getString("members[2].stage")));
        assertEquals("DOCUMENTED", documented.getString("members[2].stage"));
        org.junit.jupiter.api.Assertions.assertNull(documented.getString("members[2].heldBy"), "an end: nobody must act");
        assertFalse(stuck("PT0S").stream().anyMatch(i -> f.child().toString().equals(i.get("memberId"))),
                "an end is never stuck");
    }

    @jakarta.inject.Inject
    pa.gob.refugio.registration.progress.ProgressBackfill backfill;

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    @Test
    void aCaseMissingFromTheReadModelIsFilledFromItsTimeline() {
        Family f = family();
        Publish.event(new InterviewScheduled(meta(InterviewScheduled.class, f.caseId()), UUID.randomUUID(),
                f.principal(), LocalDateTime.now().plusDays(7).withNano(0), "ONPAR Balboa"));
        progressWhen(f.caseId(), j -> stages(j).stream().allMatch("INTERVIEWS_SCHEDULED"::equals));
        io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("delete from member_progress where case_id = ?1").setParameter(1, f.caseId())
                    .executeUpdate();
            em.createNativeQuery("delete from member_stage where case_id = ?1").setParameter(1, f.caseId())
                    .executeUpdate();
        });
        backfill.fill(); // as at start (or the scheduled run did it already)
        assertEquals(List.of("INTERVIEWS_SCHEDULED", "INTERVIEWS_SCHEDULED", "INTERVIEWS_SCHEDULED"),
                stages(progress(f.caseId())));
    }

    @Test
    void progressAndStuckCasesAreForOperationsAndOnpar() {
        UUID caseId = family().caseId();
        for (String role : List.of(Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY)) {
            given().auth().oauth2(Tokens.of(role)).when().get("/api/v1/cases/" + caseId + "/progress")
                    .then().statusCode(200).body("caseId", equalTo(caseId.toString()));
        }
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).when().get("/api/v1/operations/stuck-cases")
                .then().statusCode(200);
        for (String role : List.of(Roles.SNM, Roles.PARTNER_NGO, Roles.CONARE, Roles.MINISTER)) {
            given().auth().oauth2(Tokens.of(role)).when().get("/api/v1/cases/" + caseId + "/progress")
                    .then().statusCode(403);
        }
        for (String role : List.of(Roles.SNM, Roles.PARTNER_NGO, Roles.CONARE, Roles.ONPAR_ELIGIBILITY)) {
            given().auth().oauth2(Tokens.of(role)).when().get("/api/v1/operations/stuck-cases")
                    .then().statusCode(403);
        }
        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).when().get("/api/v1/cases/" + UUID.randomUUID()
                + "/progress").then().statusCode(404);
        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).queryParam("waitingLongerThan", "five days")
                .when().get("/api/v1/operations/stuck-cases").then().statusCode(400);
    }
}
