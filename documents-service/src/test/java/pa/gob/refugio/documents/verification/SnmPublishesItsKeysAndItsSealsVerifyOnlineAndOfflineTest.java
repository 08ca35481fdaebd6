package pa.gob.refugio.documents.verification;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.documents.Publish;
import pa.gob.refugio.documents.document.DocumentKind;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.decision.ApplicationAdmitted;
import pa.gob.refugio.events.documents.ProvisionalIdIssued;
import pa.gob.refugio.kit.time.PanamaClock;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.RealInfrastructureResource;

/** Issue 13, item 2: SNM's public keys at /.well-known/jwks.json; a seal verifies online and with the JDK alone. */
@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class SnmPublishesItsKeysAndItsSealsVerifyOnlineAndOfflineTest {

    private static final LocalDate TODAY = LocalDate.now(PanamaClock.PANAMA);

    @Inject
    DocumentSigning signing;

    @Test
    void theJwksIsPublicCacheableAndItsKeyVerifiesASealThatAlsoVerifiesOnline() throws Exception {
        Response jwks = given().when().get("/.well-known/jwks.json").then().statusCode(200)
                .header("Cache-Control", "public, max-age=3600").contentType("application/json")
                .body("keys[0].kty", equalTo("OKP")).body("keys[0].crv", equalTo("Ed25519"))
                .body("keys[0].alg", equalTo("EdDSA")).body("keys[0].use", equalTo("sig"))
                .body("keys[0].kid", equalTo(signing.activeKeyId())).extract().response();
        List<Map<String, String>> keys = jwks.path("keys");
        assertEquals(1, keys.size());

        UUID caseId = UUID.randomUUID();
        String number;
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            Publish.event(new ApplicationAdmitted(Publish.metadata(ApplicationAdmitted.class, caseId),
                    UUID.randomUUID(), List.of(UUID.randomUUID()), TODAY));
            number = log.awaitOne(ProvisionalIdIssued.class, caseId).documentNumber();
        }
        String seal = signing.sealOf(number, DocumentKind.PROVISIONAL_ID, TODAY, TODAY.plusMonths(6));
        given().when().get("/api/v1/verification/" + seal).then().statusCode(200).body("valid", equalTo(true))
                .body("kind", equalTo("PROVISIONAL_ID"));

        byte[] x509 = new byte[44];
        System.arraycopy(new byte[]{0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00}, 0,
                x509, 0, 12);
        System.arraycopy(Base64.getUrlDecoder().decode(keys.get(0).get("x")), 0, x509, 12, 32);
        PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
        String[] parts = seal.split("\\.");
        byte[] body = Base64.getUrlDecoder().decode(parts[0]);
        Signature check = Signature.getInstance("Ed25519");
        check.initVerify(key);
        check.update(body);
        assertTrue(check.verify(Base64.getUrlDecoder().decode(parts[1])));
        assertTrue(new String(body, StandardCharsets.UTF_8).startsWith("RF1|SNM|" + signing.activeKeyId() + "|PID|"
                + number + "|"));
    }
}
