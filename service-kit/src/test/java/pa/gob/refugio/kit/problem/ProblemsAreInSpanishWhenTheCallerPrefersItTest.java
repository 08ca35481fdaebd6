package pa.gob.refugio.kit.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class ProblemsAreInSpanishWhenTheCallerPrefersItTest {

    private static final String OFFICER = Tokens.of(Roles.ONPAR_REGISTRATION);
    private static final String NOT_FOUND = "https://refugio.gob.pa/problems/not-found";

    @TestHTTPResource("/")
    URL root;

    @Test
    void spanishByDefaultEnglishWhenPreferredTheTypeNeverChanges() {
        String path = "/api/v1/kit-test/cases/" + UUID.randomUUID();
        given().auth().oauth2(OFFICER).get(path).then().statusCode(404).contentType("application/problem+json")
                .header("Content-Language", "es").body("type", equalTo(NOT_FOUND))
                .body("title", equalTo("No encontrado")).body("detail", startsWith("El caso "))
                .body("detail", containsString("no existe"));
        given().auth().oauth2(OFFICER).header("Accept-Language", "en-US").get(path).then().statusCode(404)
                .header("Content-Language", "en").body("type", equalTo(NOT_FOUND))
                .body("title", equalTo("Not found")).body("detail", containsString("does not exist"));
        given().auth().oauth2(OFFICER).header("Accept-Language", "fr-FR").get(path).then()
                .header("Content-Language", "es").body("title", equalTo("No encontrado"));
        given().auth().oauth2(OFFICER).header("Accept-Language", "es-PA").get(path).then().statusCode(404)
                .header("Content-Language", "es").body("type", equalTo(NOT_FOUND))
                .body("title", equalTo("No encontrado")).body("detail", containsString("no existe"))
                .body("resource", equalTo("Case"));
        given().auth().oauth2(OFFICER).header("Accept-Language", "en;q=0.4, es;q=0.8").get(path).then()
                .header("Content-Language", "es");
        given().auth().oauth2(OFFICER).header("Accept-Language", "fr-FR, es;q=0.5, en;q=0.9").get(path).then()
                .header("Content-Language", "en").body("title", equalTo("Not found"));
    }

    @Test
    void securityValidationAndJsonProblemsSpeakSpanish() {
        given().header("Accept-Language", "es").get("/api/v1/kit-test/cases/" + UUID.randomUUID()).then()
                .statusCode(401).header("Content-Language", "es").body("title", equalTo("No autenticado"))
                .body("type", equalTo("https://refugio.gob.pa/problems/unauthorized"));
        given().auth().oauth2(Tokens.of(Roles.PARTNER_NGO, "LANG-NGO")).header("Accept-Language", "es")
                .get("/api/v1/kit-test/cases/" + UUID.randomUUID() + "/registration-only").then()
                .statusCode(403).header("Content-Language", "es").body("title", equalTo("Prohibido"));
        given().auth().oauth2(OFFICER).header("Accept-Language", "es").contentType(ContentType.JSON)
                .body(Map.of("note", "")).post("/api/v1/kit-test/cases").then().statusCode(400)
                .header("Content-Language", "es").body("title", equalTo("La solicitud no es válida"))
                .body("errors[0].field", equalTo("note"))
                .body("errors[0].reason", not(equalTo("must not be blank")));
        given().auth().oauth2(OFFICER).header("Accept-Language", "es").contentType(ContentType.JSON)
                .body("{\"note\": ").post("/api/v1/kit-test/cases").then().statusCode(400)
                .header("Content-Language", "es").body("title", equalTo("JSON mal formado"));
        given().auth().oauth2(OFFICER).header("Accept-Language", "es")
                .get("/api/v1/kit-test/cases/" + UUID.randomUUID() + "/state").then().statusCode(409)
                .body("title", equalTo("No permitido en el estado actual"))
                .body("type", equalTo("https://refugio.gob.pa/problems/illegal-transition"));
    }

    @Test
    void aServicesOwnSingleLanguageProblemStaysAsWritten() {
        given().auth().oauth2(OFFICER).header("Accept-Language", "es").contentType(ContentType.JSON)
                .body(Map.of("note", "own")).post("/api/v1/kit-test/rules").then().statusCode(422)
                .header("Content-Language", "en").body("title", equalTo("Sample rule"));
    }

    @Test
    void anOversizedBodyIsRefusedInSpanish() throws Exception {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/kit-test/uploads HTTP/1.1\r\nHost: localhost\r\nAccept-Language: es\r\n"
                    + "Content-Type: application/octet-stream\r\nContent-Length: 2000000\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            socket.setSoTimeout(30_000);
            InputStream in = socket.getInputStream();
            StringBuilder received = new StringBuilder();
            byte[] buffer = new byte[4096];
            int read;
            // the server answers without waiting for the body; read the answer, not until the connection ends
            while (!received.toString().trim().endsWith("}") && (read = in.read(buffer)) > 0) {
                received.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
            }
            String response = received.toString();
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.toLowerCase(Locale.ROOT).contains("content-language: es"), response);
            assertTrue(response.contains("Cuerpo demasiado grande"), response);
            assertTrue(response.contains("https://refugio.gob.pa/problems/payload-too-large"), response);
        }
    }

    @Test
    void preferenceFollowsTheOrderOfTheHeader() {
        assertTrue(ProblemMessages.of(List.of(Locale.forLanguageTag("es-PA"))).equals(ProblemMessages.SPANISH));
        assertTrue(ProblemMessages.ofHeader("de, en;q=0.9, es;q=0.8").equals(ProblemMessages.ENGLISH));
        assertTrue(ProblemMessages.ofHeader("es;q=0.9, en;q=0.8").equals(ProblemMessages.SPANISH));
        assertTrue(ProblemMessages.ofHeader("not a header ;;").equals(ProblemMessages.SPANISH));
        assertTrue(ProblemMessages.ofHeader(null).equals(ProblemMessages.SPANISH));
        assertTrue(ProblemMessages.ofHeader("fr-FR, de").equals(ProblemMessages.SPANISH));
        assertTrue(ProblemMessages.ofHeader("en-GB").equals(ProblemMessages.ENGLISH));
    }
}
