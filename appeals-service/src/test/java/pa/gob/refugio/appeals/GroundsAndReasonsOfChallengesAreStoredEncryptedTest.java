package pa.gob.refugio.appeals;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import pa.gob.refugio.kit.crypto.Binding;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.EventMetadata;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.Trace;
import pa.gob.refugio.events.appeals.ReconsiderationWindowOpenedV2;
import pa.gob.refugio.events.decision.ResolutionNotified.ResolutionKind;
import pa.gob.refugio.events.decision.StatusRejected;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class, initArgs = @ResourceArg(name = "database", value = "appeals"))
class GroundsAndReasonsOfChallengesAreStoredEncryptedTest {

    @Inject
    pa.gob.refugio.kit.crypto.FieldCipher cipher;
    @Inject
    DataSource db;
    @Inject
    EntityManager em;

    @Test
    void groundsAndReasonsAreCiphertextInPostgresqlAndPlainWhenRead() throws SQLException {
        UUID caseId = UUID.randomUUID();
        UUID decisionId = UUID.randomUUID();
        LocalDate today = Publish.today();
        String tag = UUID.randomUUID().toString();
        String reconsiderationGrounds = "No se valoró la denuncia ante la fiscalía " + tag;
        String conareReasons = "Sin hechos nuevos sobre la persecución " + tag;
        String appealGrounds = "La CONARE ignoró el informe médico " + tag;
        String ministerReasons = "Se confirma: el riesgo no es actual " + tag;
        try (EventLog log = EventLog.of(Topics.APPEALS)) {
            Publish.event(new StatusRejected(EventMetadata.create(StatusRejected.class, caseId, Trace.start(),
                    Instant.now()), decisionId, List.of(UUID.randomUUID()), today));
            Publish.event(Publish.notified(caseId, decisionId, ResolutionKind.REJECTED, today));
            log.awaitOne(ReconsiderationWindowOpenedV2.class, caseId);
        }
        String reconsiderationId = post("/api/v1/cases/" + caseId + "/reconsiderations", Roles.ONPAR_ELIGIBILITY,
                "{\"decisionId\": \"" + decisionId + "\", \"grounds\": \"" + reconsiderationGrounds + "\"}", 201)
                .path("reconsiderationId");
        post("/api/v1/reconsiderations/" + reconsiderationId + "/decision", Roles.CONARE,
                "{\"outcome\": \"CONFIRMED\", \"reasons\": \"" + conareReasons + "\"}", 200);
        post("/api/v1/reconsiderations/" + reconsiderationId + "/notification", Roles.ONPAR_ELIGIBILITY,
                "{\"notifiedOn\": \"" + today + "\", \"channel\": \"IN_PERSON\"}", 201);
        String appealId = post("/api/v1/cases/" + caseId + "/appeals", Roles.ONPAR_ELIGIBILITY,
                "{\"decisionId\": \"" + decisionId + "\", \"grounds\": \"" + appealGrounds + "\"}", 201)
                .path("appealId");
        post("/api/v1/appeals/" + appealId + "/decision", Roles.MINISTER,
                "{\"outcome\": \"DENIED\", \"reasons\": \"" + ministerReasons + "\"}", 200);

        UUID rId = UUID.fromString(reconsiderationId);
        UUID aId = UUID.fromString(appealId);
        for (String[] column : new String[][]{{"reconsideration", "grounds"}, {"reconsideration", "reasons"},
                {"appeal", "grounds"}, {"appeal", "reasons"}}) {
            String stored = stored(column[0], column[1], column[0].equals("appeal") ? aId : rId);
            assertTrue(stored.startsWith("v2:test1:"), column[0] + "." + column[1] + ": " + stored);
            assertFalse(stored.contains(tag), "no plaintext in " + column[0] + "." + column[1]);
        }

        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                .when().get("/api/v1/cases/" + caseId + "/challenges")
                .then().statusCode(200)
                .body("reconsiderations[0].reasons", equalTo(conareReasons))
                .body("appeals[0].reasons", equalTo(ministerReasons));
        // The grounds are not in any response: open the stored values at their place, as the kit does after a load
        // (a scalar JPQL projection of an encrypted attribute would return the v2 value: the kit opens entities).
        assertEquals(reconsiderationGrounds, cipher.open(stored("reconsideration", "grounds", rId),
                new Binding("reconsideration", "grounds", rId.toString())));
        assertEquals(appealGrounds, cipher.open(stored("appeal", "grounds", aId),
                new Binding("appeal", "grounds", aId.toString())));
    }

    private static io.restassured.response.ExtractableResponse<io.restassured.response.Response> post(
            String path, String role, String body, int status) {
        return given().auth().oauth2(Tokens.of(role)).contentType("application/json").body(body)
                .when().post(path).then().statusCode(status).extract();
    }

    private String stored(String table, String column, UUID id) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select " + column + " from " + table + " where id = ?")) {
            s.setObject(1, id);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getString(1);
            }
        }
    }
}
