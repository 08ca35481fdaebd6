package pa.gob.refugio.kit.ratelimit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

/** The test configuration allows 5 requests a minute per partner institution. */
@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class PartnersAreRateLimitedPerInstitutionTest {

    private static Response get(String token) {
        return given().auth().oauth2(token).get("/api/v1/kit-test/cases/" + UUID.randomUUID());
    }

    @Test
    void aPartnerOverItsLimitIsToldWhenToRetryWhileOthersGoOn() {
        String first = Tokens.of(Roles.PARTNER_NGO, "RATE-NGO-A");
        for (int i = 0; i < 5; i++) {
            get(first).then().statusCode(404);
        }
        Response refused = get(first);
        refused.then().statusCode(429).contentType("application/problem+json")
                .body("type", equalTo("https://refugio.gob.pa/problems/rate-limited"));
        int retryAfter = Integer.parseInt(refused.header("Retry-After"));
        assertTrue(retryAfter >= 1 && retryAfter <= 60, "Retry-After " + retryAfter);

        get(Tokens.of(Roles.PARTNER_NGO, "RATE-NGO-B")).then().statusCode(404);
        String officer = Tokens.of(Roles.ONPAR_REGISTRATION);
        for (int i = 0; i < 7; i++) {
            get(officer).then().statusCode(404);
        }
    }
}
