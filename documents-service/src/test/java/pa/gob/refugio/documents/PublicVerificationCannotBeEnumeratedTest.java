package pa.gob.refugio.documents;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

/**
 * The enumeration test (issue 11): an anonymous client trying N + 1 tokens within a minute gets 429 problem+json with
 * Retry-After for the last; a forged X-Forwarded-For does not buy a fresh bucket (no trusted proxy configured); an
 * SNM officer with a token is not counted.
 */
@QuarkusTest
@TestProfile(PublicVerificationCannotBeEnumeratedTest.FewPerMinute.class)
@WithTestResource(RealInfrastructureResource.class)
class PublicVerificationCannotBeEnumeratedTest {

    // a token comes back every 60/LIMIT seconds: few enough that a slow, loaded machine cannot see one refill
    static final int LIMIT = 3;

    public static class FewPerMinute implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("refugio.rate-limit.anonymous.requests-per-minute", String.valueOf(LIMIT));
        }
    }

    @Test
    void theRequestAfterTheLimitIsRefusedWithRetryAfter() {
        for (int i = 1; i <= LIMIT; i++) {
            given().when().get("/api/v1/verification/SP-2026-" + String.format("%06d", i))
                    .then().statusCode(200).body("valid", equalTo(false));
        }
        Response refused = given().header("Accept-Language", "es")
                .when().get("/api/v1/verification/SP-2026-" + String.format("%06d", LIMIT + 1));
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://refugio.gob.pa/problems/rate-limited"))
                .body("title", equalTo("Demasiadas solicitudes"));
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);

        given().header("X-Forwarded-For", "198.51.100.77").when().get("/api/v1/verification/anything")
                .then().statusCode(429).header("Retry-After", org.hamcrest.Matchers.notNullValue());
        given().auth().oauth2(Tokens.of(Roles.SNM)).when().get("/api/v1/verification/anything")
                .then().statusCode(200).body("valid", equalTo(false));
        // other endpoints are not public and answer 401 as before
        given().when().get("/api/v1/documents/expiring").then().statusCode(401);
    }
}
