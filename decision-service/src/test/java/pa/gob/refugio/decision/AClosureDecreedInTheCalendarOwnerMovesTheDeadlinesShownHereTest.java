package pa.gob.refugio.decision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.decision.Fixture.Family;
import pa.gob.refugio.events.appeals.CalendarEvents;
import pa.gob.refugio.events.appeals.ClosureDecreed;
import pa.gob.refugio.events.appeals.ClosureRevoked;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.kit.calendar.SiteCalendars;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.Tokens;
import pa.gob.refugio.testing.RealInfrastructureResource;

/**
 * The calendar replica: a closure appeals-service decrees for Balboa (its ClosureDecreed on appeals.events) reaches
 * this service, which then shows a later reconsideration deadline for a case registered at Balboa, and the same
 * deadline as before for a case registered at Metetí; the deadline calculator here agrees.
 */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class,
        initArgs = @ResourceArg(name = "database", value = "decision"))
class AClosureDecreedInTheCalendarOwnerMovesTheDeadlinesShownHereTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Panama"));

    @Inject
    SiteCalendars calendars;

    @Test
    void aClosureForBalboaMovesBalboasDeadlineAndNotMetetis() {
        Family balboa = admittedAt("ONPAR Balboa");
        Family meteti = admittedAt("ONPAR Metetí");
        LocalDate closed = calendars.national().nextBusinessDayAfter(TODAY);
        String before = lastDay("BALBOA");
        assertEquals(before, lastDay("METETI"));

        UUID closureId = UUID.randomUUID();
        Publish.event(new ClosureDecreed(Fixture.meta(ClosureDecreed.class, CalendarEvents.STREAM_ID), closureId,
                closed, "Fundación de la ciudad (prueba)", "Decreto Ejecutivo de prueba", List.of("BALBOA"), null));
        try {
            Fixture.await(() -> !lastDay("BALBOA").equals(before), "the closure to reach this service's calendar");
            assertEquals(before, lastDay("METETI"));

            LocalDate balboaLastDay = notifiedRejection(balboa);
            LocalDate metetiLastDay = notifiedRejection(meteti);
            assertEquals(LocalDate.parse(before), metetiLastDay);
            assertEquals(LocalDate.parse(lastDay("BALBOA")), balboaLastDay);
            assertTrue(balboaLastDay.isAfter(metetiLastDay));
        } finally {
            Publish.event(new ClosureRevoked(Fixture.meta(ClosureRevoked.class, CalendarEvents.STREAM_ID), closureId,
                    closed, "Decreto Ejecutivo de prueba (revocación)"));
            Fixture.await(() -> lastDay("BALBOA").equals(before), "the revocation to reach this service's calendar");
        }
        assertFalse(calendars.now().calendarAt("BALBOA").closuresOn(closed).stream()
                .anyMatch(c -> c.reason().contains("prueba")));
    }

    private static String lastDay(String site) {
        return given().auth().oauth2(Tokens.of(Roles.CONARE))
                .queryParam("kind", "RECONSIDERATION").queryParam("from", TODAY.toString()).queryParam("site", site)
                .when().get("/api/v1/calendar/deadline")
                .then().statusCode(200).extract().path("lastDay");
    }

    private Family admittedAt(String site) {
        ApplicationRegistered r = Fixture.registration(UUID.randomUUID(), 1, 0);
        ApplicationRegistered atSite = Publish.event(new ApplicationRegistered(r.metadata(), r.caseNumber(), site,
                r.filedOn(), r.outOfTime(), r.members()));
        Family family = new Family(atSite.caseId(),
                atSite.members().stream().map(ApplicationRegistered.Member::memberId).toList(), atSite);
        Fixture.awaitStatus(family.caseId(), "AWAITING_INTERVIEWS");
        Fixture.await(() -> calendars.siteOfCase(family.caseId()).isPresent(), "the case's site in the replica");
        Publish.event(Fixture.readyEvent(family));
        Fixture.awaitStatus(family.caseId(), "READY_FOR_ADMISSIBILITY");
        Fixture.post("/api/v1/cases/" + family.caseId() + "/admissibility", Roles.ONPAR_ELIGIBILITY,
                "{\"outcome\": \"ADMITTED\"}").then().statusCode(201);
        return family;
    }

    private static LocalDate notifiedRejection(Family family) {
        String decisionId = Fixture.post("/api/v1/cases/" + family.caseId() + "/eligibility", Roles.CONARE,
                        "{\"outcome\": \"REJECTED\", \"reasons\": \"No se acreditan los elementos\"}")
                .then().statusCode(201).extract().path("decisionId");
        return LocalDate.parse(Fixture.post("/api/v1/decisions/" + decisionId + "/notification",
                        Roles.ONPAR_ELIGIBILITY, """
                        {"notifiedOn": "%s", "channel": "IN_PERSON", "acknowledged": true}""".formatted(TODAY))
                .then().statusCode(200)
                .body("reconsiderationDeadline.name", equalTo("reconsideration"))
                .extract().<String>path("reconsiderationDeadline.lastDay"));
    }
}
