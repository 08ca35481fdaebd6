package pa.gob.refugio.interview.interviews;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.interview.InterviewScheduled;
import pa.gob.refugio.events.registration.ApplicationRegistered;
import pa.gob.refugio.kit.crypto.FieldCipher;
import pa.gob.refugio.kit.crypto.KeyRing;
import pa.gob.refugio.kit.crypto.ReEncryptionJob;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(value = RealInfrastructureResource.class,
        initArgs = @ResourceArg(name = "database", value = "interview"))
class InterviewSummaryIsStoredEncryptedAndReadInPlainTest {

    @Inject
    DataSource db;
    @Inject
    ReEncryptionJob reencryption;

    @Test
    void theSummaryIsCiphertextInPostgresqlAndPlainThroughTheApiAcrossAKeyRotation() throws SQLException {
        ApplicationRegistered registered = Family.registered();
        Publish.event(registered);
        List<InterviewScheduled> scheduled;
        try (EventLog log = EventLog.of(Topics.INTERVIEW)) {
            scheduled = log.await(InterviewScheduled.class, registered.caseId(), 2, Duration.ofSeconds(120));
        }
        UUID first = scheduled.get(0).interviewId();
        UUID second = scheduled.get(1).interviewId();
        String summary = "Huyó tras amenazas de muerte " + UUID.randomUUID();
        Family.complete(first, summary);

        String stored = storedSummary(first);
        assertTrue(stored.startsWith("v2:test1:"), "encrypted with the active key, bound to its row: " + stored);
        assertFalse(stored.contains("amenazas"));
        summaryThroughApi(first, summary);

        // Moved to another row, the ciphertext does not read there
        Family.complete(second, "reemplazado");
        String ofSecond = storedSummary(second);
        setStoredSummary(second, stored);
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY)).when().get("/api/v1/interviews/" + second)
                .then().statusCode(500);
        setStoredSummary(second, ofSecond);
        summaryThroughApi(second, "reemplazado");

        // A legacy v1 value written with the retired key test0, and one with the active key, both still read...
        FieldCipher retired = new FieldCipher(KeyRing.of(Map.of("test0", Base64.getDecoder().decode(
                ConfigProvider.getConfig().getValue("refugio.crypto.keys.test0", String.class))), "test0"), false);
        String older = "Relato cifrado con la clave anterior " + UUID.randomUUID();
        String plain = "Relato v1 con la clave activa " + UUID.randomUUID();
        FieldCipher active = new FieldCipher(KeyRing.of(Map.of("test1", Base64.getDecoder().decode(
                ConfigProvider.getConfig().getValue("refugio.crypto.keys.test1", String.class))), "test1"), false);
        setStoredSummary(first, retired.encrypt(older));
        setStoredSummary(second, active.encrypt(plain));
        summaryThroughApi(first, older);
        summaryThroughApi(second, plain);

        // ...and the re-encryption job moves both to the active key, leaving the plain values unchanged.
        assertTrue(reencryption.reencryptAll() >= 2);
        assertTrue(storedSummary(first).startsWith("v2:test1:"));
        assertTrue(storedSummary(second).startsWith("v2:test1:"));
        assertFalse(storedSummary(second).contains("Relato"));
        summaryThroughApi(first, older);
        summaryThroughApi(second, plain);
        assertEquals(List.of("v2:test1"), List.copyOf(reencryption.valuesPerKey().keySet()),
                "nothing is left under test0 or in plaintext: test0 could now be removed");
        assertEquals(0, reencryption.reencryptAll(), "a second run has nothing to do");
    }

    private static void summaryThroughApi(UUID interviewId, String summary) {
        given().auth().oauth2(Tokens.of(Roles.ONPAR_ELIGIBILITY))
                .when().get("/api/v1/interviews/" + interviewId)
                .then().statusCode(200).body("record.summary", equalTo(summary));
    }

    private String storedSummary(UUID interviewId) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("select summary from interview where id = ?")) {
            s.setObject(1, interviewId);
            try (ResultSet r = s.executeQuery()) {
                assertTrue(r.next());
                return r.getString(1);
            }
        }
    }

    private void setStoredSummary(UUID interviewId, String value) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement s = c.prepareStatement("update interview set summary = ? where id = ?")) {
            s.setString(1, value);
            s.setObject(2, interviewId);
            assertEquals(1, s.executeUpdate());
        }
    }
}
