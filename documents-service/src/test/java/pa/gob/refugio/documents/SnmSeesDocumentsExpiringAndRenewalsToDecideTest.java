package pa.gob.refugio.documents;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.documents.ProvisionalIdIssued;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class SnmSeesDocumentsExpiringAndRenewalsToDecideTest {

    /** Every value of {@code field} over every page of the worklist. */
    static List<String> all(String path, String field) {
        List<String> values = new ArrayList<>();
        for (int page = 0; ; page++) {
            JsonPath body = given().auth().oauth2(Tokens.of(Roles.SNM))
                    .when().get(path + (path.contains("?") ? "&" : "?") + "size=500&page=" + page)
                    .then().statusCode(200).extract().jsonPath();
            List<String> items = body.getList("items." + field);
            values.addAll(items);
            if (items.size() < 500) {
                return values;
            }
        }
    }

    @Test
    void aDocumentExpiringSoonIsListedUntilItsRenewalIsRequestedThenTheRenewalWaits() {
        UUID caseId = UUID.randomUUID();
        List<ProvisionalIdIssued> issued;
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            issued = RenewingADocumentBeforeExpiryKeepsItValidTest.admittedOn(caseId, 2,
                    RenewingADocumentBeforeExpiryKeepsItValidTest.today().minusMonths(6).plusDays(10), log);
        }
        String number = issued.get(0).documentNumber();
        String other = issued.get(1).documentNumber();

        List<String> within30 = all("/api/v1/worklists/expiring?within=P30D", "documentNumber");
        assertTrue(within30.containsAll(List.of(number, other)), within30.toString());
        assertFalse(all("/api/v1/worklists/expiring?within=P5D", "documentNumber").contains(number));
        assertTrue(all("/api/v1/worklists/expiring", "documentNumber").contains(number), "default P30D");

        String renewalId = RenewingADocumentBeforeExpiryKeepsItValidTest.requestRenewal(number);
        assertFalse(all("/api/v1/worklists/expiring?within=P30D", "documentNumber").contains(number));
        assertTrue(all("/api/v1/worklists/expiring?within=P30D", "documentNumber").contains(other));
        assertTrue(all("/api/v1/worklists/renewals", "renewalId").contains(renewalId));
        assertTrue(all("/api/v1/worklists/renewals", "documentNumber").contains(number));

        given().auth().oauth2(Tokens.of(Roles.SNM)).contentType("application/json").body("{\"approved\": true}")
                .when().post("/api/v1/renewals/" + renewalId + "/decision").then().statusCode(200);
        assertFalse(all("/api/v1/worklists/renewals", "renewalId").contains(renewalId));
    }

    @Test
    void aDocumentIsFoundByItsNumberWrittenInLowerCase() {
        UUID caseId = UUID.randomUUID();
        List<ProvisionalIdIssued> issued;
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            issued = RenewingADocumentBeforeExpiryKeepsItValidTest.admittedOn(caseId, 1,
                    RenewingADocumentBeforeExpiryKeepsItValidTest.today(), log);
        }
        String number = issued.get(0).documentNumber();
        for (String role : List.of(Roles.SNM, Roles.ONPAR_REGISTRATION, Roles.ONPAR_ELIGIBILITY, Roles.OPERATIONS)) {
            given().auth().oauth2(Tokens.of(role)).queryParam("documentNumber", " " + number.toLowerCase() + " ")
                    .when().get("/api/v1/search")
                    .then().statusCode(200).body("total", equalTo(1))
                    .body("items[0].documentNumber", equalTo(number))
                    .body("items[0].caseId", equalTo(caseId.toString()))
                    .body("items[0].status", equalTo("VALID"));
        }
        given().auth().oauth2(Tokens.of(Roles.SNM)).queryParam("documentNumber", "SP-1999-999999")
                .when().get("/api/v1/search").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(Tokens.of(Roles.SNM)).when().get("/api/v1/search").then().statusCode(400);
    }

    @Test
    void otherRolesAreRefused() {
        for (String role : List.of(Roles.CONARE, Roles.ONPAR_REGISTRATION, Roles.OPERATIONS, Roles.PARTNER_NGO)) {
            given().auth().oauth2(Tokens.of(role)).when().get("/api/v1/worklists/expiring").then().statusCode(403);
            given().auth().oauth2(Tokens.of(role)).when().get("/api/v1/worklists/renewals").then().statusCode(403);
        }
        for (String role : List.of(Roles.CONARE, Roles.PARTNER_NGO, Roles.MINISTER, Roles.OVERSIGHT)) {
            given().auth().oauth2(Tokens.of(role)).queryParam("documentNumber", "SP-2026-000001")
                    .when().get("/api/v1/search").then().statusCode(403);
        }
        given().auth().oauth2(Tokens.of(Roles.SNM)).when().get("/api/v1/worklists/expiring?within=P2Y")
                .then().statusCode(400);
    }
}
