package pa.gob.refugio.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pa.gob.refugio.registration.CaseStatusShowsTheTimelineFromEveryServiceTest.meta;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.decision.ApplicationAdmitted;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.events.decision.RejectionBecameFinalV2;
import pa.gob.refugio.events.decision.StatusRecognized;
import pa.gob.refugio.events.decision.StatusRejected;
import pa.gob.refugio.events.interview.CaseReadyForDecision;
import pa.gob.refugio.kit.time.PanamaClock;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

/**
 * Families registered at a site of their own are driven through the procedure by the other services' events; the
 * statistics of that site equal the counts the test makes of its own people, with every count from 1 to 4 hidden (and
 * a second cell when one alone would be recoverable), in JSON and CSV.
 */
@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class StatisticsEqualCountsMadeDirectlyAndHideSmallCellsTest {

    record Person(String role, String sex, LocalDate born, String nationality) {
    }

    record Registered(UUID caseId, List<UUID> members, List<Person> people) {
    }

    static final LocalDate TODAY = LocalDate.now(PanamaClock.PANAMA);

    static String site;

    static synchronized String site() {
        if (site == null) {
            StringBuilder code = new StringBuilder("STATS_");
            for (int i = 0; i < 8; i++) {
                code.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
            }
            site = "Stats " + code.substring(6);
            given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).contentType("application/json")
                    .body("[{\"code\": \"" + code + "\", \"name\": \"" + site + "\", \"opens\": \"08:00\","
                            + " \"closes\": \"16:00\", \"slotMinutes\": 30, \"dailyCapacity\": 10, \"active\": true}]")
                    .when().put("/api/v1/intake-sites").then().statusCode(200);
        }
        return site;
    }

    static Registered register(List<Person> people) {
        String surname = Families.uniqueSurname();
        StringBuilder members = new StringBuilder();
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            members.append(i == 0 ? "" : ",").append("""
                    {"role": "%s", "givenNames": "Persona%s", "familyNames": "%s", "sex": "%s", "dateOfBirth": "%s",
                     "nationalities": ["%s"]%s}""".formatted(p.role(), (char) ('a' + i), surname, p.sex(), p.born(),
                    p.nationality(), p.role().equals("CHILD") ? ", \"responsibleAdult\": 0" : ""));
        }
        JsonPath registered = Families.register("""
                {"intakeSite": "%s", "entryDate": "%s", "members": [%s]}"""
                .formatted(site(), LocalDate.now().minusDays(20), members));
        return new Registered(Families.caseId(registered),
                registered.getList("application.members.memberId", String.class).stream().map(UUID::fromString)
                        .toList(), people);
    }

    static List<Person> colombians() {
        return List.of(new Person("PRINCIPAL", "F", LocalDate.of(1990, 1, 2), "COL"),
                new Person("SPOUSE_OR_PARTNER", "M", LocalDate.of(1989, 2, 3), "COL"),
                new Person("CHILD", "F", LocalDate.of(2016, 4, 5), "COL"));
    }

    static List<Person> venezuelans() {
        return List.of(new Person("PRINCIPAL", "F", LocalDate.of(1985, 5, 6), "VEN"),
                new Person("SPOUSE_OR_PARTNER", "F", LocalDate.of(1987, 7, 8), "VEN"),
                new Person("CHILD", "M", LocalDate.of(2018, 9, 10), "VEN"));
    }

    static void admit(Registered r) {
        Publish.event(new CaseReadyForDecision(meta(CaseReadyForDecision.class, r.caseId()), r.members()));
        Publish.event(new ApplicationAdmitted(meta(ApplicationAdmitted.class, r.caseId()), UUID.randomUUID(),
                r.members(), LocalDate.now()));
    }

    static JsonPath statistics(LocalDate at) {
        return given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).queryParam("at", at.toString())
                .queryParam("site", site()).when().get("/api/v1/statistics")
                .then().statusCode(200).extract().jsonPath();
    }

    static Map<String, Long> count(List<Person> people, java.util.function.Function<Person, String> key) {
        Map<String, Long> counts = new TreeMap<>();
        people.forEach(p -> counts.merge(key.apply(p), 1L, Long::sum));
        return counts;
    }

    static Map<String, Object> shown(Map<String, Long> counts, String... hidden) {
        Map<String, Object> m = new HashMap<>(counts);
        for (String h : hidden) {
            m.put(h, null);
        }
        return m;
    }

    @Test
    void theFiguresOfASiteEqualTheTestsOwnCountsWithSmallCellsHidden() {
        List<Registered> col = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            col.add(register(colombians()));
        }
        List<Registered> ven = List.of(register(venezuelans()), register(venezuelans()));
        Registered hti = register(List.of(new Person("PRINCIPAL", "M", LocalDate.of(1960, 1, 1), "HTI")));
        List<Person> everyone = new ArrayList<>();
        col.forEach(r -> everyone.addAll(r.people()));
        ven.forEach(r -> everyone.addAll(r.people()));
        everyone.addAll(hti.people());

        // Colombian families 1-5 admitted; 1-3 recognised; 4 rejected, and the rejection became final
        for (int i = 0; i < 5; i++) {
            admit(col.get(i));
        }
        for (int i = 0; i < 3; i++) {
            Publish.event(new StatusRecognized(meta(StatusRecognized.class, col.get(i).caseId()), UUID.randomUUID(),
                    col.get(i).members(), "CONVENTION_1951", LocalDate.now()));
        }
        Registered rejected = col.get(3);
        UUID rejection = UUID.randomUUID();
        Publish.event(new StatusRejected(meta(StatusRejected.class, rejected.caseId()), rejection, rejected.members(),
                LocalDate.now()));
        Publish.event(new RejectionBecameFinalV2(meta(RejectionBecameFinalV2.class, rejected.caseId()), rejection,
                rejected.members(), RejectionBecameFinal.Cause.RECONSIDERATION_WINDOW_LAPSED, LocalDate.now()));

        // The counts made directly: status of each person
        Map<String, Long> byStatus = new TreeMap<>(Map.of("RECOGNISED", 9L, "FINALLY_REJECTED", 3L, "ADMITTED", 3L,
                "REGISTERED", 3L + 6L + 1L));
        Map<String, Long> byNationality = count(everyone, Person::nationality);
        Map<String, Long> bySex = count(everyone, Person::sex);
        Map<String, Long> byAge = count(everyone, p -> {
            int age = Period.between(p.born(), TODAY).getYears();
            return age < 5 ? "0-4" : age < 12 ? "5-11" : age < 18 ? "12-17" : age < 60 ? "18-59" : "60+";
        });
        assertEquals(Map.of("COL", 18L, "VEN", 6L, "HTI", 1L), byNationality);
        assertEquals(Map.of("F", 16L, "M", 9L), bySex);
        assertEquals(Map.of("18-59", 16L, "5-11", 8L, "60+", 1L), byAge);

        JsonPath s = WhereEveryCaseIsAndWhichCasesAreStuckTest.await(() -> statistics(TODAY),
                j -> Integer.valueOf(9).equals(j.get("people.byStatus.RECOGNISED"))
                        && Integer.valueOf(10).equals(j.get("people.byStatus.REGISTERED"))
                        && j.getMap("people.byStatus").keySet().equals(byStatus.keySet())
                        && j.getList("monthly").size() > 0 && j.get("medianDaysPerStage.REJECTED") == null
                        && j.getMap("medianDaysPerStage").containsKey("REJECTED"));
        assertEquals(TODAY.toString(), s.getString("at"));
        assertEquals(5, s.getInt("suppressedBelow"));
        // two small cells (3 and 3): both hidden, nothing else needed
        assertEquals(shown(byStatus, "ADMITTED", "FINALLY_REJECTED"), toLongs(s.getMap("people.byStatus")));
        // HTI 1 hidden alone would be recoverable from a total: VEN (the smallest other) is hidden too
        assertEquals(shown(byNationality, "HTI", "VEN"), toLongs(s.getMap("people.byNationality")));
        assertEquals(shown(bySex), toLongs(s.getMap("people.bySex")));
        assertEquals(shown(byAge, "60+", "5-11"), toLongs(s.getMap("people.byAgeGroup")));
        assertEquals(shown(Map.of(site(), 25L)), toLongs(s.getMap("people.bySite")));

        Map<String, Object> month = s.getList("monthly", Map.class).stream()
                .filter(m -> YearMonth.now(PanamaClock.PANAMA).toString().equals(m.get("month"))).findFirst()
                .orElseThrow();
        assertEquals(25, month.get("applications"));
        assertEquals(15, month.get("admissions"));
        assertEquals(9, month.get("recognitions"));
        assertNull(month.get("rejections"), "3 rejections: hidden");
        assertNull(month.get("finalRejections"), "3 final rejections: hidden");
        assertTrue(s.getMap("medianDaysPerStage").containsKey("REJECTED"));
        assertNull(s.get("medianDaysPerStage.REJECTED"), "only 3 people left REJECTED: hidden");
        assertNotNull(s.get("medianDaysPerStage.INTERVIEWED"), "15 people left INTERVIEWED");

        // at a date before they registered: nobody
        assertTrue(statistics(TODAY.minusDays(1)).getMap("people.byStatus").isEmpty());

        // CSV, by Accept or by format=csv
        String csv = given().auth().oauth2(Tokens.of(Roles.CONARE)).accept("text/csv")
                .queryParam("at", TODAY.toString()).queryParam("site", site())
                .when().get("/api/v1/statistics").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertTrue(csv.startsWith("section,key,value\n"), csv);
        assertTrue(csv.contains("people.byNationality,COL,18\n"), csv);
        assertTrue(csv.contains("people.byNationality,HTI,<5\n"), csv);
        assertTrue(csv.contains("people.byNationality,VEN,<5\n"), csv);
        assertTrue(csv.contains("people.byStatus,RECOGNISED,9\n"), csv);
        assertTrue(csv.contains("monthly.rejections," + YearMonth.now(PanamaClock.PANAMA) + ",<5\n"), csv);
        assertTrue(csv.contains("medianDaysPerStage,REJECTED,<5\n"), csv);
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).queryParam("format", "csv")
                .queryParam("site", site()).when().get("/api/v1/statistics").then().statusCode(200)
                .contentType(containsString("text/csv")).body(containsString("people.bySex,F,16"));
    }

    @Test
    void statisticsAreForOperationsOnparRegistrationAndConare() {
        for (String role : List.of(Roles.OPERATIONS, Roles.ONPAR_REGISTRATION, Roles.CONARE)) {
            given().auth().oauth2(Tokens.of(role)).when().get("/api/v1/statistics").then().statusCode(200);
        }
        for (String role : List.of(Roles.SNM, Roles.PARTNER_NGO, Roles.ONPAR_ELIGIBILITY, Roles.MINISTER)) {
            given().auth().oauth2(Tokens.of(role)).when().get("/api/v1/statistics").then().statusCode(403);
        }
        given().when().get("/api/v1/statistics").then().statusCode(401);
        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).queryParam("at", "yesterday")
                .when().get("/api/v1/statistics").then().statusCode(400);
    }

    static Map<String, Object> toLongs(Map<String, Object> json) {
        Map<String, Object> m = new HashMap<>();
        json.forEach((k, v) -> m.put(k, v == null ? null : ((Number) v).longValue()));
        return m;
    }
}
