package pa.gob.refugio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pa.gob.refugio.e2e.Procedure.APPEALS;
import static pa.gob.refugio.e2e.Procedure.DECISION;
import static pa.gob.refugio.e2e.Procedure.INTERVIEW;
import static pa.gob.refugio.e2e.Procedure.REGISTRATION;
import static pa.gob.refugio.e2e.RunningStack.as;
import static pa.gob.refugio.e2e.RunningStack.eventually;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.security.Roles;

/**
 * One calendar for everyone: operations decree a closure for Balboa in appeals-service (the calendar's owner); every
 * service's replica receives it; Balboa's deadlines move (the calculator of every service, and the filing deadline
 * of a family registered at Balboa), Metetí's do not; interviews at Metetí start at its 08:00 opening.
 */
class OneCalendarEndToEndIT {

    private static final List<String> EVERY_SERVICE = List.of(REGISTRATION, INTERVIEW, DECISION, APPEALS);

    @Test
    void aClosureForBalboaMovesBalboasDeadlineAndNotMetetis() {
        LocalDate entry = LocalDate.now().minusDays(10);
        LocalDate usual = filingLastDay(APPEALS, entry, "BALBOA");
        for (String service : EVERY_SERVICE) {
            assertEquals(usual, filingLastDay(service, entry, "BALBOA"), service + " before the closure");
            assertEquals(usual, filingLastDay(service, entry, "METETI"), service + " before the closure");
        }

        // the last day to file at Balboa is closed by a (test) provincial decree
        Response decreed = as(Roles.OPERATIONS, APPEALS).body(Map.of("date", usual.toString(),
                        "reason", "Fundación de la ciudad (e2e)", "legalSource", "Decreto Ejecutivo e2e",
                        "sites", List.of("BALBOA")))
                .post("/api/v1/calendar/closures");
        assertEquals(201, decreed.statusCode(), decreed.asString());
        String closureId = decreed.jsonPath().getString("closureId");
        try {
            for (String service : EVERY_SERVICE) {
                eventually(() -> calculator(service, entry, "BALBOA"),
                        r -> r.statusCode() == 200 && !usual.toString().equals(r.jsonPath().getString("lastDay")));
                LocalDate moved = filingLastDay(service, entry, "BALBOA");
                assertTrue(moved.isAfter(usual), service + ": " + moved);
                assertEquals(usual, filingLastDay(service, entry, "METETI"), service + " at Metetí");
            }
            JsonPath spanish = as(Roles.CONARE, DECISION).header("Accept-Language", "es")
                    .queryParam("kind", "FILING").queryParam("from", entry.toString()).queryParam("site", "BALBOA")
                    .get("/api/v1/calendar/deadline").jsonPath();
            assertTrue(spanish.getString("explanation").contains("cierre según Decreto Ejecutivo e2e"),
                    spanish.getString("explanation"));

            // a real deadline: the filing deadline of a family registered at each site
            JsonPath balboa = registerAt("ONPAR Balboa", entry);
            JsonPath meteti = registerAt("ONPAR Metetí", entry);
            LocalDate balboaLastDay = LocalDate.parse(balboa.getString("filingDeadline.lastDay"));
            assertEquals(filingLastDay(REGISTRATION, entry, "BALBOA"), balboaLastDay);
            assertTrue(balboaLastDay.isAfter(usual));
            assertTrue(balboa.getList("filingDeadline.skippedDays", String.class).stream()
                    .anyMatch(s -> s.startsWith(usual + ": Fundación de la ciudad (e2e)")));
            assertEquals(usual, LocalDate.parse(meteti.getString("filingDeadline.lastDay")));
            assertEquals(balboaLastDay, LocalDate.parse(balboa.getString("application.filingLastDay")));

            // Metetí opens at 08:00: its interviews (interview-service, the only booking ledger) are booked from then on
            assertEquals("interview-service", meteti.getString("interviews.scheduledBy"));
            UUID metetiCase = UUID.fromString(meteti.getString("application.caseId"));
            List<String> interviews = eventually(
                    () -> as(Roles.ONPAR_ELIGIBILITY, INTERVIEW).get("/api/v1/cases/" + metetiCase + "/interviews"),
                    r -> r.statusCode() == 200 && !r.jsonPath().getList("$").isEmpty())
                    .jsonPath().getList("scheduledAt", String.class);
            for (String at : interviews) {
                assertFalse(LocalDateTime.parse(at).toLocalTime().isBefore(LocalTime.of(8, 0)), at);
            }
        } finally {
            as(Roles.OPERATIONS, APPEALS).body(Map.of("legalSource", "Decreto Ejecutivo e2e (revocación)"))
                    .post("/api/v1/calendar/closures/" + closureId + "/revocation");
            for (String service : EVERY_SERVICE) {
                eventually(() -> calculator(service, entry, "BALBOA"),
                        r -> r.statusCode() == 200 && usual.toString().equals(r.jsonPath().getString("lastDay")));
            }
        }
    }

    private static Response calculator(String service, LocalDate from, String site) {
        return as(Roles.ONPAR_REGISTRATION, service).queryParam("kind", "FILING")
                .queryParam("from", from.toString()).queryParam("site", site).get("/api/v1/calendar/deadline");
    }

    private static LocalDate filingLastDay(String service, LocalDate from, String site) {
        Response r = calculator(service, from, site);
        assertEquals(200, r.statusCode(), service + ": " + r.asString());
        return LocalDate.parse(r.jsonPath().getString("lastDay"));
    }

    /** ONPAR registers a single adult at {@code site}. */
    private static JsonPath registerAt(String site, LocalDate entryDate) {
        StringBuilder family = new StringBuilder("Calendario ");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            family.append((char) ('a' + Character.digit(c, 16)));
        }
        String body = "{\"intakeSite\": \"" + site + "\", \"entryDate\": \"" + entryDate + "\", \"members\": [{"
                + "\"role\": \"PRINCIPAL\", \"givenNames\": \"Marta\", \"familyNames\": \"" + family + "\", "
                + "\"sex\": \"F\", \"dateOfBirth\": \"1990-02-11\", \"nationalities\": [\"COL\"]}], "
                + "\"confirmNotDuplicate\": true}";
        Response r = as(Roles.ONPAR_REGISTRATION, REGISTRATION).body(body).post("/api/v1/applications");
        assertEquals(201, r.statusCode(), r.asString());
        return r.jsonPath();
    }
}
