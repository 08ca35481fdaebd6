package pa.gob.refugio.kit.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class TextWithControlCharactersIsRefusedNamingTheFieldTest {

    private static final String OFFICER = Tokens.of(Roles.ONPAR_REGISTRATION);

    private static String family(String firstGivenNames, String secondGivenNames, String nationality) {
        return "{\"intakeSite\": \"ONPAR Balboa\", \"members\": ["
                + "{\"givenNames\": \"" + firstGivenNames + "\", \"nationalities\": [\"VEN\"]},"
                + "{\"givenNames\": \"" + secondGivenNames + "\", \"nationalities\": [\"" + nationality + "\"]}]}";
    }

    @Test
    void aNulInANestedNameIs400NamingItsPath() {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(family("Ana", "Lu\\u0000is", "VEN")).post("/api/v1/kit-test/families")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://refugio.gob.pa/problems/validation"))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("members[1].givenNames"))
                .body("errors[0].reason", containsString("U+0000"));
    }

    @Test
    void otherControlCharactersAndLoneSurrogatesToo() {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(family("Ana", "Luis", "V\\u001bEN")).post("/api/v1/kit-test/families")
                .then().statusCode(400).body("errors[0].field", equalTo("members[1].nationalities[0]"))
                .body("errors[0].reason", containsString("U+001B"));
        given().auth().oauth2(OFFICER).header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(family("An\\ud800a", "Luis", "VEN")).post("/api/v1/kit-test/families")
                .then().statusCode(400).body("errors[0].field", equalTo("members[0].givenNames"))
                .body("errors[0].reason", containsString("surrogate"));
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON).header("Accept-Language", "es")
                .body("{\"note\": \"x\\u0007\"}").post("/api/v1/kit-test/cases")
                .then().statusCode(400).header("Content-Language", "es").body("errors[0].field", equalTo("note"))
                .body("errors[0].reason", equalTo("contiene el carácter de control U+0007, que no está permitido"));
    }

    @Test
    void tabsLineBreaksAndRealNonLatinTextAreFine() {
        given().auth().oauth2(OFFICER).contentType(ContentType.JSON)
                .body(family("Ana\\tMaría\\r\\nJosé", "Zhāng 张 \\ud83d\\ude00", "VEN")).post("/api/v1/kit-test/families")
                .then().statusCode(201).body("members[1].givenNames", equalTo("Zhāng 张 \uD83D\uDE00"));
    }

    @Test
    void pathAndQueryParametersAreCheckedToo() {
        given().urlEncodingEnabled(false).get("/api/v1/kit-test/public/ok%00").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("token"))
                .body("errors[0].reason", containsString("U+0000"));
        given().urlEncodingEnabled(false).get("/api/v1/kit-test/public/ok?purpose=a%01b").then().statusCode(400)
                .body("errors[0].field", equalTo("purpose")).body("errors[0].reason", containsString("U+0001"));
        given().get("/api/v1/kit-test/public/ok?purpose=check").then().statusCode(200).body("valid", equalTo(true));
    }
}
