package pa.gob.refugio.interview.interviews;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.events.registration.ApplicationRegistered.FamilyRole;
import pa.gob.refugio.events.registration.ApplicationRegistered.Member;
import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.Tokens;

/** Test data: a family of two adults and two children as registration-service announces it. */
final class Family {

    static final ZoneId PANAMA = ZoneId.of("America/Panama");

    /** A new registration at a site of its own (so its slots do not depend on other tests). */
    static ApplicationRegistered registered() {
        return registeredAt("ONPAR Balboa " + UUID.randomUUID().toString().substring(0, 8));
    }

    static ApplicationRegistered registeredAt(String site) {
        UUID caseId = UUID.randomUUID();
        return new ApplicationRegistered(
                EventMetadata.create(ApplicationRegistered.class, caseId, Trace.start(), Instant.now()),
                "ONPAR-2026-" + caseId.toString().substring(0, 6), site, LocalDate.now(PANAMA), false, List.of(
                new Member(UUID.randomUUID(), FamilyRole.PRINCIPAL, true, false),
                new Member(UUID.randomUUID(), FamilyRole.SPOUSE_OR_PARTNER, true, false),
                new Member(UUID.randomUUID(), FamilyRole.CHILD, false, false),
                new Member(UUID.randomUUID(), FamilyRole.CHILD, false, false)));
    }

    static List<UUID> adults(ApplicationRegistered registered) {
        return registered.members().stream().filter(Member::adult).map(Member::memberId).toList();
    }

    /** The first business day after today in Panama, at {@code hour}:00. */
    static LocalDateTime nextBusinessDayAt(int hour) {
        return BusinessCalendar.panama().nextBusinessDayAfter(LocalDate.now(PANAMA)).atTime(hour, 0);
    }

    static boolean withinOfficeHoursOnABusinessDay(LocalDateTime t) {
        return BusinessCalendar.panama().isBusinessDay(t.toLocalDate())
                && t.getDayOfWeek() != DayOfWeek.SATURDAY && t.getDayOfWeek() != DayOfWeek.SUNDAY
                && !t.toLocalTime().isBefore(LocalTime.of(7, 0)) && !t.toLocalTime().plusHours(1).isAfter(LocalTime.of(16, 0));
    }

    static JsonPath interviewsOf(UUID caseId) {
        return given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                .when().get("/api/v1/cases/" + caseId + "/interviews")
                .then().statusCode(200).extract().jsonPath();
    }

    static String completion(String summary) {
        return """
                {"interviewer": "Oficial Gómez", "interpreterLanguage": "ht", "durationMinutes": 45,
                 "summary": "%s"}""".formatted(summary);
    }

    static void complete(UUID interviewId, String summary) {
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).contentType("application/json")
                .body(completion(summary))
                .when().post("/api/v1/interviews/" + interviewId + "/completion")
                .then().statusCode(200);
    }

    private Family() {
    }
}
