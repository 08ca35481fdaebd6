package pa.gob.refugio.kit.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class ADatabaseThatCannotBeReachedAnswers503WithRetryAfterNever500Test {

    private static final String OFFICER = Tokens.of(Roles.ONPAR_REGISTRATION);

    @ParameterizedTest
    @ValueSource(strings = {"statement-timeout", "connection-ended", "acquisition-timeout"})
    void aDatabaseThatDoesNotAnswerIs503ThenTheSameCallSucceedsWithoutARestart(String failure) {
        given().auth().oauth2(OFFICER).header("Accept-Language", "en").get("/api/v1/kit-test/database/" + failure).then()
                .statusCode(503).contentType("application/problem+json").header("Retry-After", "5")
                .body("type", equalTo("https://refugio.gob.pa/problems/service-unavailable"))
                .body("retryAfterSeconds", equalTo(5)).body("errorId", notNullValue())
                .body("detail", containsString("retry after 5 seconds"));
        given().auth().oauth2(OFFICER).get("/api/v1/kit-test/database/none").then()
                .statusCode(200).body("answer", equalTo(42));
    }

    @Test
    void inSpanishWhenPreferred() {
        given().auth().oauth2(OFFICER).header("Accept-Language", "es").get("/api/v1/kit-test/database/connection-ended")
                .then().statusCode(503).header("Content-Language", "es")
                .body("title", equalTo("No disponible temporalmente"));
    }

    @Test
    void aBugIsStill500() {
        given().auth().oauth2(OFFICER).get("/api/v1/kit-test/database/bug").then()
                .statusCode(500).body("type", equalTo("https://refugio.gob.pa/problems/internal"));
    }
}
