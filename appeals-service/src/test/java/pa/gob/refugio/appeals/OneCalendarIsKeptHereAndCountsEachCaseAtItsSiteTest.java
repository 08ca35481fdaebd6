package pa.gob.refugio.appeals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.appeals.CalendarEvents;
import pa.gob.refugio.events.appeals.ClosureDecreed;
import pa.gob.refugio.events.appeals.ReconsiderationWindowOpened;
import pa.gob.refugio.events.appeals.SiteHoursSet;
import pa.gob.refugio.events.decision.ResolutionNotified.ResolutionKind;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.kit.calendar.SiteCalendars;
import pa.gob.refugio.rules.office.OfficeHours;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

/** appeals-service owns the one calendar: closures per site and half days, site hours, and the deadline calculator. */
@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "appeals"))
class OneCalendarIsKeptHereAndCountsEachCaseAtItsSiteTest {

    // Monday 10 March 2031; a closure for Balboa on Wednesday 12 March
    private static final LocalDate MONDAY = LocalDate.of(2031, 3, 10);

    @Inject
    SiteCalendars calendars;

    @Test
    void aClosureForBalboaIsPublishedAndMovesBalboasWindowsAndNotMetetis() {
        UUID balboaCase = registeredAt("ONPAR Balboa");
        UUID metetiCase = registeredAt("ONPAR Metetí");
        try (EventLog log = EventLog.of(Topics.APPEALS)) {
            given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).contentType("application/json")
                    .body("{\"date\": \"2031-03-12\", \"reason\": \"Fundación de la ciudad\", "
                            + "\"legalSource\": \"Decreto Ejecutivo 31 de 2031\", \"sites\": [\"BALBOA\"]}")
                    .when().post("/api/v1/calendar/closures")
                    .then().statusCode(201).body("sites", equalTo(List.of("BALBOA")));
            ClosureDecreed decreed = log.awaitMatching(ClosureDecreed.class,
                    e -> e.date().equals(MONDAY.plusDays(2)), 1, Duration.ofSeconds(20)).get(0);
            assertEquals(CalendarEvents.STREAM_ID, decreed.caseId());
            assertEquals(List.of("BALBOA"), decreed.sites());

            Publish.event(Publish.notified(balboaCase, UUID.randomUUID(), ResolutionKind.REJECTED, MONDAY));
            Publish.event(Publish.notified(metetiCase, UUID.randomUUID(), ResolutionKind.REJECTED, MONDAY));
            assertEquals(MONDAY.plusDays(8), log.awaitOne(ReconsiderationWindowOpened.class, balboaCase).lastDay());
            assertEquals(MONDAY.plusDays(7), log.awaitOne(ReconsiderationWindowOpened.class, metetiCase).lastDay());
        }
        calculator("RECONSIDERATION", "2031-03-10", "BALBOA", "en")
                .then().statusCode(200)
                .body("site", equalTo("BALBOA"))
                .body("firstCountedDay", equalTo("2031-03-11"))
                .body("lastDay", equalTo("2031-03-18"))
                .body("skippedDays.date", hasItem("2031-03-12"))
                .body("explanation", containsString("Fundación de la ciudad"));
        calculator("RECONSIDERATION", "2031-03-10", "ONPAR Metetí", "en")
                .then().statusCode(200).body("site", equalTo("METETI")).body("lastDay", equalTo("2031-03-17"))
                .body("skippedDays.date", not(hasItem("2031-03-12")));
        calculator("APPEAL", "2031-03-10", "BALBOA", "es")
                .then().statusCode(200).header("Content-Language", "es").body("language", equalTo("es"))
                .body("explanation", containsString("Apelación: notificada el lunes 10 de marzo de 2031"))
                .body("explanation", containsString("cierre según Decreto Ejecutivo 31 de 2031"))
                .body("skippedDays.reason", hasItem("sábado (fin de semana)"));
        given().auth().oauth2(Tokens.of(Roles.PARTNER_NGO)).contentType("application/json")
                .when().get("/api/v1/calendar/2031?site=BALBOA")
                .then().statusCode(200).body("closures.date", hasItem("2031-03-12"));
        given().auth().oauth2(Tokens.of(Roles.PARTNER_NGO)).contentType("application/json")
                .when().get("/api/v1/calendar/2031?site=METETI")
                .then().statusCode(200).body("closures.date", not(hasItem("2031-03-12")));
    }

    @Test
    void theCalculatorNamesTheParameterItCannotUseAndServesStaffOnly() {
        calculator("LATER", "2031-03-10", null, "en").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("kind"));
        calculator("FILING", "10/03/2031", null, "es").then().statusCode(400)
                .body("errors.field", hasItem("from")).body("title", equalTo("La solicitud no es válida"));
        calculator("FILING", "2031-03-10", "NOWHERE", "en").then().statusCode(400)
                .body("errors.field", hasItem("site"));
        calculator(null, null, null, "en").then().statusCode(400).body("errors.field", hasItems("kind", "from"));
        given().auth().oauth2(Tokens.of(Roles.PARTNER_NGO))
                .queryParam("kind", "FILING").queryParam("from", "2031-03-10")
                .when().get("/api/v1/calendar/deadline").then().statusCode(403);
        // national: no site closure counts; filing = 6 months from the business day after entry
        calculator("FILING", "2031-03-10", null, "en").then().statusCode(200)
                .body("firstCountedDay", equalTo("2031-03-11")).body("lastDay", equalTo("2031-09-11"));
    }

    @Test
    void aHalfDayClosureShortensTheDayButKeepsItABusinessDay() {
        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).contentType("application/json")
                .body("{\"date\": \"2031-12-24\", \"reason\": \"Nochebuena\", \"legalSource\": \"Decreto Ejecutivo 40 "
                        + "de 2031\", \"from\": \"12:00\"}")
                .when().post("/api/v1/calendar/closures")
                .then().statusCode(201).body("from", equalTo("12:00:00"))
                .body("description", containsString("offices close at 12:00"));
        SiteCalendars.Snapshot now = calendars.now();
        LocalDate eve = LocalDate.of(2031, 12, 24);
        assertTrue(now.calendarAt("BALBOA").isBusinessDay(eve));
        assertEquals(new OfficeHours.Opening(LocalTime.of(7, 0), LocalTime.NOON),
                now.hoursAt("BALBOA").on(now.calendarAt("BALBOA"), eve).orElseThrow());
    }

    @Test
    void operatorsSetSiteHoursPerWeekdayAndEveryServiceIsTold() {
        try (EventLog log = EventLog.of(Topics.APPEALS)) {
            given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).contentType("application/json")
                    .body("{\"name\": \"Los Planes\", \"week\": {\"MONDAY\": {\"opens\": \"08:00\", \"closes\": "
                            + "\"16:00\"}, \"TUESDAY\": {\"opens\": \"09:00\", \"closes\": \"13:00\"}}}")
                    .when().put("/api/v1/calendar/sites/LOS_PLANES/hours")
                    .then().statusCode(200).body("week.day", equalTo(List.of("MONDAY", "TUESDAY")));
            SiteHoursSet set = log.awaitMatching(SiteHoursSet.class, e -> e.site().equals("LOS_PLANES"), 1,
                    Duration.ofSeconds(20)).get(0);
            assertEquals(new SiteHoursSet.Day(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(13, 0)),
                    set.week().get(1));
        }
        OfficeHours planes = calendars.now().hoursAt("Los Planes");
        assertEquals(LocalTime.of(9, 0), planes.week().get(DayOfWeek.TUESDAY).opens());
        assertTrue(!planes.week().containsKey(DayOfWeek.WEDNESDAY));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).when().get("/api/v1/calendar/sites")
                .then().statusCode(200).body("code", hasItems("BALBOA", "METETI", "LOS_PLANES"));
        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).contentType("application/json")
                .body("{\"week\": {\"MONDAY\": {\"opens\": \"16:00\", \"closes\": \"08:00\"}}}")
                .when().put("/api/v1/calendar/sites/LOS_PLANES/hours")
                .then().statusCode(422);
    }

    private UUID registeredAt(String site) {
        UUID caseId = UUID.randomUUID();
        Publish.event(new ApplicationRegistered(EventMetadata.create(ApplicationRegistered.class, caseId,
                Trace.start(), Instant.now()), "2031-" + caseId.toString().substring(0, 6), site, MONDAY, false,
                List.of(new ApplicationRegistered.Member(UUID.randomUUID(),
                        ApplicationRegistered.FamilyRole.PRINCIPAL, true, false))));
        long until = System.currentTimeMillis() + 20_000;
        while (calendars.siteOfCase(caseId).isEmpty()) {
            if (System.currentTimeMillis() > until) {
                throw new AssertionError("the calendar replica never recorded the site of case " + caseId);
            }
            sleep();
        }
        return caseId;
    }

    private static io.restassured.response.Response calculator(String kind, String from, String site, String lang) {
        var request = given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).header("Accept-Language", lang);
        if (kind != null) {
            request = request.queryParam("kind", kind);
        }
        if (from != null) {
            request = request.queryParam("from", from);
        }
        if (site != null) {
            request = request.queryParam("site", site);
        }
        return request.when().get("/api/v1/calendar/deadline");
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
