package pa.gob.refugio.decision;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pa.gob.refugio.decision.Fixture.post;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.decision.Fixture.Family;
import pa.gob.refugio.kit.crypto.FieldCipher;
import pa.gob.refugio.kit.crypto.KeyRing;
import pa.gob.refugio.kit.crypto.ReEncryptionJob;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class,
        initArgs = @ResourceArg(name = "database", value = "decision"))
class DecisionReasonsAreStoredEncryptedTest {

    @Inject
    DataSource db;
    @Inject
    ReEncryptionJob reencryption;

    @Test
    void theReasonsAreCiphertextInPostgresqlAndPlainThroughTheApi() throws SQLException {
        Family family = Fixture.readyForAdmissibility(1, 0);
        String reasons = "Relato contradictorio sobre la salida de Managua " + UUID.randomUUID();
        UUID decisionId = UUID.fromString(post("/api/v1/cases/" + family.caseId() + "/admissibility",
                Roles.ONPAR_ELIGIBILITY, """
                        {"outcome": "NOT_ADMITTED", "ground": "MANIFESTLY_UNFOUNDED", "reasons": "%s"}"""
                        .formatted(reasons)).then().statusCode(201).body("reasons", equalTo(reasons))
                .extract().<String>path("decisionId"));

        String stored = storedReasons(decisionId);
        assertTrue(stored.startsWith("v2:test1:"), stored);
        assertFalse(stored.contains("Managua"));
        reasonsThroughApi(family.caseId(), reasons);

        // written with the retired key: still read, then moved to the active key by the re-encryption job
        FieldCipher retired = new FieldCipher(KeyRing.of(Map.of("test0", Base64.getDecoder().decode(
                ConfigProvider.getConfig().getValue("refugio.crypto.keys.test0", String.class))), "test0"), false);
        setStoredReasons(decisionId, retired.encrypt(reasons));
        reasonsThroughApi(family.caseId(), reasons);
        assertTrue(reencryption.reencryptAll() >= 1);
        assertTrue(storedReasons(decisionId).startsWith("v2:test1:"));
        reasonsThroughApi(family.caseId(), reasons);
    }

    @Test
    void aDecisionWithoutReasonsStoresNull() throws SQLException {
        Family family = Fixture.readyForAdmissibility(1, 0);
        UUID decisionId = UUID.fromString(post("/api/v1/cases/" + family.caseId() + "/admissibility",
                Roles.ONPAR_ELIGIBILITY, "{\"outcome\": \"ADMITTED\"}").then().statusCode(201)
                .extract().<String>path("decisionId"));
        assertNull(storedReasons(decisionId));
    }

    private static void reasonsThroughApi(UUID caseId, String reasons) {
        given().auth().oauth2(Tokens.of(Roles.CONARE))
                .when().get("/api/v1/cases/" + caseId + "/decisions")
                .then().statusCode(200).body("[0].reasons", equalTo(reasons));
    }

    private String storedReasons(UUID decisionId) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select reasons from decision where id = ?")) {
            s.setObject(1, decisionId);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getString(1);
            }
        }
    }

    private void setStoredReasons(UUID decisionId, String value) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("update decision set reasons = ? where id = ?")) {
            s.setString(1, value);
            s.setObject(2, decisionId);
            assertEquals(1, s.executeUpdate());
        }
    }
}
