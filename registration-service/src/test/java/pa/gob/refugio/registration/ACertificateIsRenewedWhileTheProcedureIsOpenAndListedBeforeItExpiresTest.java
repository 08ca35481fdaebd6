package pa.gob.refugio.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.registration.AsylumSeekerCertificateRenewed;
import pa.gob.refugio.registration.metrics.ExpiringCertificateGauges;
import pa.gob.refugio.rules.validity.DocumentValidity;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

/** Issue 13: a certificate is renewed without a gap while the member's procedure is open, and listed before expiry. */
@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class ACertificateIsRenewedWhileTheProcedureIsOpenAndListedBeforeItExpiresTest {

    @Inject
    ExpiringCertificateGauges gauges;

    private static String renewal(UUID caseId, String memberId) {
        return "/api/v1/applications/" + caseId + "/members/" + memberId + "/certificate/renewal";
    }

    @Test
    void renewalStartsTheDayAfterTheLastDayAndIsRefusedOnceTheMembersProcedureEnded() {
        JsonPath registered = Families.register(Families.family("ONPAR Balboa"));
        UUID caseId = Families.caseId(registered);
        String principal = registered.getString("application.members[0].memberId");
        String spouse = registered.getString("application.members[1].memberId");
        String number = registered.getString("certificates[0].number");
        LocalDate lastDay = LocalDate.parse(registered.getString("certificates[0].validUntil"));
        LocalDate renewedUntil = DocumentValidity.renewedLastDay(lastDay, 6);

        try (EventLog log = EventLog.of(Topics.REGISTRATION)) {
            given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/json")
                    .when().post(renewal(caseId, principal)).then().statusCode(200)
                    .body("number", equalTo(number)).body("validUntil", equalTo(renewedUntil.toString()))
                    .body("status", equalTo("VALID"));
            AsylumSeekerCertificateRenewed renewed = log.await(AsylumSeekerCertificateRenewed.class, caseId, 1,
                    Duration.ofSeconds(30)).get(0);
            assertEquals(lastDay.plusDays(1), renewed.validFrom(), "no gap: the day after the former last day");
            assertEquals(renewedUntil, renewed.validUntil());
            assertEquals(number, renewed.certificateNumber());
        }

        // ONPAR's list: before the former last day + 1, the spouse's certificate is there, the renewed one is not
        List<Map<String, Object>> listed = listed(lastDay.plusDays(1), "ONPAR Balboa");
        assertTrue(listed.stream().anyMatch(c -> spouse.equals(c.get("memberId"))
                && caseId.toString().equals(c.get("caseId")) && "ONPAR Balboa".equals(c.get("intakeSite"))), listed
                .toString());
        assertFalse(listed.stream().anyMatch(c -> number.equals(c.get("number"))), "renewed: no longer expiring");
        assertTrue(listed(lastDay.plusDays(1), "ONPAR David").stream().noneMatch(c -> caseId.toString()
                .equals(c.get("caseId"))), "another site's list");

        // the spouse withdraws: no renewal (422, naming the end), and no longer on the list
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .contentType("application/json")
                .body("{\"withdrawnOn\": \"" + LocalDate.now() + "\", \"memberIds\": [\"" + spouse + "\"]}")
                .when().post("/api/v1/applications/" + caseId + "/withdrawal").then().statusCode(200);
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).header("Accept-Language", "es")
                .contentType("application/json").when().post(renewal(caseId, spouse)).then().statusCode(422)
                .body("type", containsString("certificate-renewal-procedure-ended"))
                .body("title", equalTo("El procedimiento del miembro terminó"))
                .body("endedOn", equalTo(LocalDate.now().toString()))
                .body("detail", containsString(LocalDate.now().toString()));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).header("Accept-Language", "en")
                .contentType("application/json").when()
                .post(renewal(caseId, spouse)).then().statusCode(422)
                .body("title", equalTo("The member's procedure has ended"));
        assertTrue(listed(lastDay.plusDays(1), "ONPAR Balboa").stream().noneMatch(c -> spouse.equals(c.get("memberId"))));

        for (String role : List.of(Roles.PARTNER_NGO, Roles.CONARE, Roles.SNM)) {
            given().auth().oauth2(Tokens.of(role)).contentType("application/json").when()
                    .post(renewal(caseId, principal)).then().statusCode(403);
            given().auth().oauth2(Tokens.of(role)).queryParam("before", lastDay.toString())
                    .when().get("/api/v1/certificates/expiring").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/json").when()
                .post(renewal(caseId, UUID.randomUUID().toString())).then().statusCode(404);
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).when().get("/api/v1/certificates/expiring")
                .then().statusCode(400);
        gauges.refresh();
        assertTrue(gauges.of("ONPAR Balboa") >= 0);
    }

    private static List<Map<String, Object>> listed(LocalDate before, String site) {
        List<Map<String, Object>> all = new ArrayList<>();
        for (int page = 0; page < 50; page++) {
            JsonPath p = given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).queryParam("before",
                            before.toString()).queryParam("site", site).queryParam("page", page).queryParam("size", 200)
                    .when().get("/api/v1/certificates/expiring").then().statusCode(200).extract().jsonPath();
            all.addAll(p.getList("items"));
            if ((long) (page + 1) * 200 >= p.getLong("total")) {
                break;
            }
        }
        return all;
    }
}
