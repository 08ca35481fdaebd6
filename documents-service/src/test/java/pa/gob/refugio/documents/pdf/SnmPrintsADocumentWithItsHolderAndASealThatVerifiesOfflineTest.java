package pa.gob.refugio.documents.pdf;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.documents.Publish;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.decision.ApplicationAdmitted;
import pa.gob.refugio.events.decision.RejectionBecameFinal;
import pa.gob.refugio.events.decision.RejectionBecameFinalV2;
import pa.gob.refugio.events.documents.DocumentRevoked;
import pa.gob.refugio.events.documents.ProvisionalIdIssued;
import pa.gob.refugio.kit.time.PanamaClock;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.Images;
import pa.gob.refugio.testing.OfflineReader;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

/**
 * Issue 13, item 2 and its done-when: SNM records the holder's particulars (encrypted at rest), prints the provisional
 * ID as a bilingual PDF whose QR code, rendered and decoded, verifies with the published JWKS and the JDK alone.
 */
@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class SnmPrintsADocumentWithItsHolderAndASealThatVerifiesOfflineTest {

    private static final LocalDate TODAY = LocalDate.now(PanamaClock.PANAMA);

    @Inject
    EntityManager em;

    static String png() {
        return Base64.getEncoder().encodeToString(Images.of("png"));
    }

    static String holder(String contentType, String photo) {
        return "{\"givenNames\": \"María José\", \"familyNames\": \"Peña Núñez\", \"dateOfBirth\": \"1990-02-28\","
                + " \"nationality\": \"VEN\", \"sex\": \"F\", \"photoContentType\": \"" + contentType + "\","
                + " \"photoBase64\": \"" + photo + "\"}";
    }

    @Test
    void theHolderIsRecordedEncryptedThePdfPrintsAndItsQrVerifiesWithThePublishedKeyAlone() throws Exception {
        UUID caseId = UUID.randomUUID();
        UUID memberId = UUID.randomUUID();
        String number;
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            Publish.event(new ApplicationAdmitted(Publish.metadata(ApplicationAdmitted.class, caseId),
                    UUID.randomUUID(), List.of(memberId), TODAY));
            number = log.awaitOne(ProvisionalIdIssued.class, caseId).documentNumber();
        }
        String pdfPath = "/api/v1/documents/" + number + "/pdf";
        String holderPath = "/api/v1/documents/" + number + "/holder";

        // no particulars yet: 422, in Spanish first (no preference), in English to a reader who prefers it
        given().auth().oauth2(Tokens.of(Roles.SNM)).when().get(pdfPath).then()
                .statusCode(422)
                .contentType("application/problem+json").body("type", containsString("holder-particulars-missing"))
                .body("title", equalTo("Faltan los datos del titular"));
        given().auth().oauth2(Tokens.of(Roles.SNM)).header("Accept-Language", "en").when().get(pdfPath).then()
                .statusCode(422).body("title", equalTo("The holder's particulars are missing"));

        // a photograph that is not what it says, or not an image at all: 422; other roles: 403
        given().auth().oauth2(Tokens.of(Roles.SNM)).contentType("application/json")
                .body(holder("image/jpeg", png())).when().put(holderPath).then().statusCode(422)
                .body("type", containsString("photo-type-mismatch"));
        given().auth().oauth2(Tokens.of(Roles.SNM)).contentType("application/json")
                .body(holder("image/png", Base64.getEncoder().encodeToString(new byte[]{(byte) 0x89, 'P', 'N', 'G',
                        0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3}))).when().put(holderPath).then().statusCode(422)
                .body("type", containsString("photo-unreadable"));
        for (String role : List.of(Roles.ONPAR_REGISTRATION, Roles.CONARE, Roles.PARTNER_NGO)) {
            given().auth().oauth2(Tokens.of(role)).contentType("application/json").body(holder("image/png", png()))
                    .when().put(holderPath).then().statusCode(403);
            given().auth().oauth2(Tokens.of(role)).when().get(pdfPath).then().statusCode(403);
        }

        given().auth().oauth2(Tokens.of(Roles.SNM)).contentType("application/json").body(holder("image/png", png()))
                .when().put(holderPath).then().statusCode(200)
                .body("memberId", equalTo(memberId.toString())).body("givenNames", equalTo("María José"))
                .body("photoContentType", equalTo("image/png"));

        // encrypted at rest, bound to the row
        Object[] stored = QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                        "select given_names, family_names, date_of_birth, nationality, sex, photo from document_holder"
                                + " where member_id = ?1").setParameter(1, memberId).getSingleResult());
        for (int i = 0; i < 5; i++) {
            assertTrue(String.valueOf(stored[i]).startsWith("v2:"), String.valueOf(stored[i]));
        }
        assertTrue(new String((byte[]) stored[5], java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("v2:"));

        byte[] pdf = given().auth().oauth2(Tokens.of(Roles.SNM)).header("X-Purpose", "printing").when().get(pdfPath)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            for (String printed : List.of("REPÚBLICA DE PANAMÁ", "Carné provisional de solicitante de la condición de"
                    + " refugiado", "Provisional ID of an asylum seeker", "María José", "Peña Núñez", "1990-02-28",
                    "VEN", number, "Válido hasta / Valid until")) {
                assertTrue(text.contains(printed), printed + " not in:\n" + text);
            }
            assertEquals(1, doc.getNumberOfPages());
        }

        // done-when: render, decode the QR, fetch the JWKS, verify with nothing but the JDK
        String qrText = OfflineReader.qrTextOf(pdf);
        assertTrue(qrText.startsWith("https://refugio.gob.pa/api/v1/verification/"), qrText);
        List<Map<String, String>> keys = given().when().get("/.well-known/jwks.json").then().statusCode(200)
                .extract().path("keys");
        String body = OfflineReader.verifiedBody(OfflineReader.sealOf(qrText), keys);
        assertNotNull(body, "the seal does not verify with the published keys");
        assertTrue(body.matches("RF1\\|SNM\\|k1\\|PID\\|" + number + "\\|\\d{8}\\|\\d{8}"), body);
        assertFalse(body.contains(memberId.toString()) || body.contains("Peña"), "nothing personal: " + body);
        given().when().get("/api/v1/verification/" + OfflineReader.sealOf(qrText)).then().statusCode(200)
                .body("valid", equalTo(true));

        // the read of the PDF is audited under the case
        List<Map<String, Object>> reads = given().auth().oauth2(Tokens.of(Roles.OVERSIGHT))
                .queryParam("caseId", caseId.toString()).get("/api/v1/audit").then().statusCode(200).extract()
                .jsonPath().getList("items");
        assertTrue(reads.stream().anyMatch(e -> "/api/v1/documents/{documentNumber}/pdf".equals(e.get("pathTemplate"))
                && "printing".equals(e.get("purpose"))), reads.toString());

        // revoked: no longer printable (409)
        try (EventLog log = EventLog.of(Topics.DOCUMENTS)) {
            Publish.event(new RejectionBecameFinalV2(Publish.metadata(RejectionBecameFinalV2.class, caseId),
                    UUID.randomUUID(), List.of(memberId), RejectionBecameFinal.Cause.RECONSIDERATION_WINDOW_LAPSED,
                    TODAY));
            log.awaitOne(DocumentRevoked.class, caseId);
        }
        given().auth().oauth2(Tokens.of(Roles.SNM)).when().get(pdfPath).then().statusCode(409)
                .body("type", containsString("document-not-printable")).body("status", equalTo("REVOKED"));
        given().auth().oauth2(Tokens.of(Roles.SNM)).when().get("/api/v1/documents/SP-1999-ZZZZZZZZZ/pdf").then()
                .statusCode(404);
    }
}
