package pa.gob.refugio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pa.gob.refugio.e2e.RunningStack.as;
import static pa.gob.refugio.e2e.RunningStack.eventually;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.security.Roles;

/**
 * Issue 8 over the packaged services: a site whose interview calendar is full keeps every family on a waiting list
 * (no dead letter), an unaccompanied child first; adding capacity books them, the child before the adults registered
 * the same day; a minor without a responsible adult is refused naming the member.
 */
class ChildrenFirstAndNoFamilyDroppedEndToEndIT {

    static final String REGISTRATION = Procedure.REGISTRATION;
    static final String INTERVIEW = Procedure.INTERVIEW;

    @Test
    void anUnaccompaniedChildsCaseIsBookedBeforeTheAdultsRegisteredTheSameDay() {
        String code = "E2E_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase(Locale.ROOT);
        String site = "Sede " + code;
        check(as(Roles.OPERATIONS, REGISTRATION).body("""
                [{"code": "%s", "name": "%s", "opens": "07:00", "closes": "16:00", "slotMinutes": 30,
                  "dailyCapacity": 10, "active": true}]""".formatted(code, site)).put("/api/v1/intake-sites"), 200);
        check(as(Roles.OPERATIONS, INTERVIEW).body("""
                {"name": "%s", "interviews": {"MONDAY": 0, "TUESDAY": 0, "WEDNESDAY": 0, "THURSDAY": 0,
                 "FRIDAY": 0}}""".formatted(site)).put("/api/v1/sites/" + code + "/capacity"), 200);

        UUID firstAdults = register(site, adults(family()));
        UUID secondAdults = register(site, adults(family()));
        UUID child = register(site, """
                [{"role": "PRINCIPAL", "givenNames": "Valentina", "familyNames": "%s", "sex": "F",
                  "dateOfBirth": "%s", "nationalities": ["VEN"], "childAlone": "UNACCOMPANIED"}]"""
                .formatted(family(), LocalDate.now().minusYears(14)));

        JsonPath waiting = eventually(() -> as(Roles.ONPAR_REGISTRATION, INTERVIEW).queryParam("site", code)
                .get("/api/v1/waiting-list"), r -> r.statusCode() == 200 && r.jsonPath().getInt("waiting") == 3
                        && r.jsonPath().getList("items").size() == 3)
                .jsonPath();
        assertEquals(List.of(child.toString(), firstAdults.toString(), secondAdults.toString()),
                waiting.getList("items.caseId"), "the child first, then by registration");
        assertEquals(List.of("CHILD_ALONE", "STANDARD", "STANDARD"), waiting.getList("items.priority"));
        for (UUID c : List.of(firstAdults, secondAdults, child)) {
            JsonPath interviews = as(Roles.ONPAR_ELIGIBILITY, INTERVIEW).get("/api/v1/cases/" + c + "/interviews")
                    .then().statusCode(200).extract().jsonPath();
            assertEquals(0, interviews.getList("$").size(), "waiting, not dropped");
        }
        eventually(() -> as(Roles.ONPAR_REGISTRATION, REGISTRATION).get("/api/v1/applications/" + child + "/status"),
                r -> r.statusCode() == 200 && r.asString().contains("CaseWaitlisted"));

        Response added = as(Roles.OPERATIONS, INTERVIEW).body("""
                {"interviews": {"MONDAY": 4, "TUESDAY": 4, "WEDNESDAY": 4, "THURSDAY": 4, "FRIDAY": 4}}""")
                .put("/api/v1/sites/" + code + "/capacity");
        check(added, 200);
        assertEquals(3, added.jsonPath().getInt("bookedFromWaitingList"));
        assertEquals(0, added.jsonPath().getInt("stillWaiting"));

        LocalDateTime childsInterview = LocalDateTime.parse(as(Roles.ONPAR_ELIGIBILITY, INTERVIEW)
                .get("/api/v1/cases/" + child + "/interviews").jsonPath().getString("[0].scheduledAt"));
        assertTrue(as(Roles.ONPAR_ELIGIBILITY, INTERVIEW).get("/api/v1/cases/" + child + "/interviews").jsonPath()
                .getBoolean("[0].childAppropriate"));
        for (UUID adults : List.of(firstAdults, secondAdults)) {
            List<String> slots = as(Roles.ONPAR_ELIGIBILITY, INTERVIEW).get("/api/v1/cases/" + adults + "/interviews")
                    .jsonPath().getList("scheduledAt");
            assertEquals(2, slots.size());
            for (String slot : slots) {
                assertTrue(childsInterview.isBefore(LocalDateTime.parse(slot)),
                        "child at " + childsInterview + ", adults at " + slot);
            }
        }
        eventually(() -> as(Roles.ONPAR_REGISTRATION, REGISTRATION).get("/api/v1/applications/" + child + "/status"),
                r -> r.statusCode() == 200 && r.asString().contains("InterviewScheduled"));
        JsonPath referrals = as(Roles.ONPAR_REGISTRATION, REGISTRATION)
                .get("/api/v1/applications/" + child + "/service-referrals").jsonPath();
        assertEquals(List.of("SENNIAF"), referrals.getList("service"));
    }

    @Test
    void aMinorWithoutAResponsibleAdultIsRefusedNamingTheMember() {
        String family = family();
        Response refused = as(Roles.ONPAR_REGISTRATION, REGISTRATION).body("""
                {"intakeSite": "ONPAR Balboa", "entryDate": "%s", "members": [
                  {"role": "PRINCIPAL", "givenNames": "Ana", "familyNames": "%s", "sex": "F",
                   "dateOfBirth": "1988-03-14", "nationalities": ["VEN"]},
                  {"role": "CHILD", "givenNames": "Sofía", "familyNames": "%s", "sex": "F",
                   "dateOfBirth": "2015-05-20", "nationalities": ["VEN"]}]}"""
                .formatted(LocalDate.now().minusDays(10), family, family)).post("/api/v1/applications");
        check(refused, 422);
        assertTrue(refused.jsonPath().getString("type").endsWith("minor-without-responsible-adult"));
        assertTrue(refused.jsonPath().getString("detail").contains("members[1] (Sofía)"), refused.asString());
    }

    private static UUID register(String site, String members) {
        Response r = as(Roles.ONPAR_REGISTRATION, REGISTRATION).body("""
                {"intakeSite": "%s", "entryDate": "%s", "members": %s}"""
                .formatted(site, LocalDate.now().minusDays(10), members)).post("/api/v1/applications");
        check(r, 201);
        assertEquals("interview-service", r.jsonPath().getString("interviews.scheduledBy"));
        return UUID.fromString(r.jsonPath().getString("application.caseId"));
    }

    private static String adults(String family) {
        return """
                [{"role": "PRINCIPAL", "givenNames": "Ana", "familyNames": "%s", "sex": "F", "dateOfBirth": "1988-03-14",
                  "nationalities": ["VEN"]},
                 {"role": "SPOUSE_OR_PARTNER", "givenNames": "Luis", "familyNames": "%s", "sex": "M",
                  "dateOfBirth": "1986-07-02", "nationalities": ["VEN"]}]""".formatted(family, family);
    }

    private static String family() {
        StringBuilder name = new StringBuilder("Mora ");
        for (char c : UUID.randomUUID().toString().replace("-", "").substring(0, 8).toCharArray()) {
            name.append((char) ('a' + Character.digit(c, 16)));
        }
        return name.toString();
    }

    private static void check(Response r, int status) {
        if (r.statusCode() != status) {
            throw new AssertionError("expected " + status + ", got " + r.statusCode() + " " + r.asString());
        }
    }
}
