package pa.gob.refugio.registration.partner.referral;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pa.gob.refugio.registration.partner.referral.ReferralFixtures.HIAS;
import static pa.gob.refugio.registration.partner.referral.ReferralFixtures.ONPAR;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.testing.RealInfrastructureResource;

/** The referred person's facts, service-referral codes and webhook signing secrets are ciphertext in the database. */
@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class ReferredPeopleServiceCodesAndWebhookSecretsAreStoredEncryptedTest {

    @Inject
    DataSource db;

    @Test
    void aPartnersReferralIsCiphertextInTheDatabaseAndPlainInOnparsView() throws SQLException {
        UUID referral = ReferralFixtures.refer(HIAS);
        for (String column : List.of("given_names", "family_names", "date_of_birth", "nationalities",
                "contact_channel", "needs_summary", "consent_purpose")) {
            assertEncrypted(stored("referral", column, referral));
        }
        String all = String.join("|", List.of(stored("referral", "contact_channel", referral),
                stored("referral", "needs_summary", referral), stored("referral", "date_of_birth", referral)));
        assertFalse(all.contains("WhatsApp") || all.contains("violence") || all.contains("1990-05-06"), all);

        given().auth().oauth2(ONPAR).when().get("/api/v1/referrals/" + referral)
                .then().statusCode(200).body("person.givenNames", equalTo("Carmen"))
                .body("person.dateOfBirth", equalTo("1990-05-06"))
                .body("person.nationalities", equalTo(List.of("VEN", "COL")))
                .body("person.needsSummary", equalTo("Survivor of violence; needs psychosocial support"));
    }

    @Test
    void aServiceReferralsServiceAndReasonCodeAreCiphertext() throws SQLException {
        JsonPath registered = ReferralFixtures.registerFamily();
        UUID caseId = ReferralFixtures.caseId(registered);
        UUID adult = UUID.fromString(registered.getString("application.members[0].memberId"));
        String id = given().auth().oauth2(ONPAR).contentType("application/json")
                .body(OnparRefersPeopleToServicesAndRecordsUptakeTest.body("MINSA_MENTAL_HEALTH", adult,
                        "SURVIVOR_OF_VIOLENCE", "\"REFER_TO_SERVICE\""))
                .when().post("/api/v1/applications/" + caseId + "/service-referrals")
                .then().statusCode(201).extract().path("serviceReferralId");
        String service = stored("service_referral", "service", UUID.fromString(id));
        String reason = stored("service_referral", "reason_code", UUID.fromString(id));
        assertEncrypted(service);
        assertEncrypted(reason);
        assertFalse(reason.contains("SURVIVOR") || service.contains("MINSA"));
        given().auth().oauth2(ONPAR).when().get("/api/v1/applications/" + caseId + "/service-referrals")
                .then().statusCode(200).body("[0].reasonCode", equalTo("SURVIVOR_OF_VIOLENCE"))
                .body("[0].service", equalTo("MINSA_MENTAL_HEALTH"));
    }

    @Test
    void aWebhookSigningSecretIsStoredEncrypted() throws SQLException {
        JsonPath created = given().auth().oauth2(HIAS).contentType("application/json")
                .body("{\"url\": \"http://127.0.0.1:18099/hook\"}")
                .when().post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
        String stored = stored("webhook_subscription", "secret", UUID.fromString(created.getString("id")));
        assertEncrypted(stored);
        assertFalse(stored.contains(created.getString("secret")));
        given().auth().oauth2(HIAS).when().delete("/api/v1/webhooks/" + created.getString("id"))
                .then().statusCode(204);
    }

    private static void assertEncrypted(String value) {
        assertTrue(value != null && value.startsWith("v2:"), "not ciphertext: " + value);
    }

    private String stored(String table, String column, UUID id) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select " + column + " from " + table + " where id = ?")) {
            s.setObject(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        }
    }
}
