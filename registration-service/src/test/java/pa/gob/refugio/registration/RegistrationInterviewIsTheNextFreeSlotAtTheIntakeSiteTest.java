package pa.gob.refugio.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.registration.RegistrationInterviewScheduled;
import pa.gob.refugio.rules.calendar.BusinessCalendar;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class RegistrationInterviewIsTheNextFreeSlotAtTheIntakeSiteTest {

    @Test
    void theDefaultIntakeSitesAreListedForOperations() {
        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).when().get("/api/v1/intake-sites")
                .then().statusCode(200)
                .body("name", hasItems("ONPAR Balboa", "ONPAR Metetí", "ETRM San Vicente", "Lajas Blancas",
                        "Los Planes"))
                .body("find { it.code == 'BALBOA' }.opens", equalTo("07:00:00"))
                .body("find { it.code == 'BALBOA' }.closes", equalTo("16:00:00"));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/json")
                .body("[{\"code\": \"X\", \"name\": \"X\", \"opens\": \"08:00\", \"closes\": \"12:00\","
                        + " \"slotMinutes\": 30, \"dailyCapacity\": 1}]")
                .when().put("/api/v1/intake-sites").then().statusCode(403);
    }

    @Test
    void whenADaysCapacityIsFullTheNextFamilyGetsTheNextBusinessDay() {
        String code = "TEST_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String name = "Test site " + code;
        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).contentType("application/json")
                .body("[{\"code\": \"" + code + "\", \"name\": \"" + name + "\", \"opens\": \"08:30\","
                        + " \"closes\": \"12:00\", \"slotMinutes\": 45, \"dailyCapacity\": 1}]")
                .when().put("/api/v1/intake-sites")
                .then().statusCode(200).body("code", hasItem(code));

        BusinessCalendar calendar = BusinessCalendar.panama();
        LocalDate today = LocalDate.now(ZoneId.of("America/Panama"));
        LocalDate firstDay = calendar.addBusinessDays(today, 1);

        JsonPath first = Families.register(Families.family(name));
        LocalDateTime firstSlot = LocalDateTime.parse(first.getString("registrationInterview.scheduledAt"));
        assertEquals(firstDay.atTime(LocalTime.of(8, 30)), firstSlot);
        assertEquals(code, first.getString("registrationInterview.site"));

        JsonPath second = Families.register(Families.family(code.toLowerCase()));
        LocalDateTime secondSlot = LocalDateTime.parse(second.getString("registrationInterview.scheduledAt"));
        assertEquals(calendar.nextBusinessDayAfter(firstDay).atTime(LocalTime.of(8, 30)), secondSlot);
        assertTrue(calendar.isBusinessDay(secondSlot.toLocalDate()));

        try (EventLog log = EventLog.of(Topics.REGISTRATION)) {
            RegistrationInterviewScheduled event = log.awaitOne(RegistrationInterviewScheduled.class,
                    Families.caseId(second));
            assertEquals(secondSlot, event.scheduledAt());
            assertEquals(code, event.site());
        }
    }

    @Test
    void anUnknownOrClosedSiteIsRefusedWithTheKnownSites() {
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/json")
                .body(Families.family("Nowhere"))
                .when().post("/api/v1/applications")
                .then().statusCode(422).body("type", containsString("unknown-intake-site"))
                .body("knownSites", hasItem("ONPAR Balboa"));
        given().auth().oauth2(Tokens.of(Roles.OPERATIONS)).contentType("application/json")
                .body("[{\"code\": \"BAD\", \"name\": \"Bad\", \"opens\": \"12:00\", \"closes\": \"08:00\","
                        + " \"slotMinutes\": 30, \"dailyCapacity\": 5}]")
                .when().put("/api/v1/intake-sites").then().statusCode(422);
    }
}
