package pa.gob.refugio.registration;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.events.Topics;
import pa.gob.refugio.events.registration.AsylumSeekerCertificateIssued;
import pa.gob.refugio.kit.numbering.RandomNumbers;
import pa.gob.refugio.registration.certificate.CertificateToken;
import pa.gob.refugio.rules.validity.DocumentValidity;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.EventLog;
import pa.gob.refugio.testing.Images;
import pa.gob.refugio.testing.OfflineReader;
import pa.gob.refugio.testing.RealInfrastructureResource;
import pa.gob.refugio.testing.Tokens;

@QuarkusTest
@WithTestResource(RealInfrastructureResource.class)
class AsylumSeekerCertificateIsPrintableAndVerifiableTest {

    @Test
    void everyMemberGetsACertificateWhoseQrTokenVerifiesPubliclyWithoutPersonalData() throws Exception {
        JsonPath registered = Families.register(Families.family("ONPAR Balboa"));
        UUID caseId = Families.caseId(registered);
        assertEquals(3, registered.getList("certificates").size());
        String token = registered.getString("certificates[0].token");
        String number = registered.getString("certificates[0].number");
        assertTrue(number.matches("SA-" + LocalDate.now().getYear() + "-[0-9A-HJKMNP-TV-Z]{9}"), number);
        assertTrue(RandomNumbers.wellFormed(number), number);
        assertEquals(3, registered.getList("certificates.number").stream().map(n -> n.toString().substring(8, 11))
                .distinct().count(), "random, not consecutive: " + registered.getList("certificates.number"));
        LocalDate validFrom = LocalDate.parse(registered.getString("certificates[0].validFrom"));
        assertEquals(DocumentValidity.lastDay(validFrom, 6).toString(),
                registered.getString("certificates[0].validUntil"), "six months from date to date, like every document");

        given().when().get("/api/v1/certificates/verification?token=" + token)
                .then().statusCode(200)
                .body("valid", equalTo(true))
                .body("kind", equalTo("ASYLUM_SEEKER_CERTIFICATE"))
                .body("validUntil", equalTo(registered.getString("certificates[0].validUntil")))
                .body("$", aMapWithSize(3));

        try (EventLog log = EventLog.of(Topics.REGISTRATION)) {
            assertEquals(3, log.await(AsylumSeekerCertificateIssued.class, caseId, 3,
                    java.time.Duration.ofSeconds(30)).size());
        }

        String memberId = registered.getString("application.members[0].memberId");
        String pdfPath = "/api/v1/applications/" + caseId + "/members/" + memberId + "/certificate.pdf";
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).when().get(pdfPath)
                .then().statusCode(422).body("type", containsString("photo-missing"));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("image/png").body(Images.of("png"))
                .when().put("/api/v1/applications/" + caseId + "/members/" + memberId + "/photo")
                .then().statusCode(200);
        byte[] pdf = given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).when().get(pdfPath)
                .then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains(registered.getString("application.caseNumber")), text);
            assertTrue(text.contains(number), text);
            assertTrue(text.contains("Marta"), text);
            assertTrue(text.contains("Certificado de solicitante de la condición de refugiado"), text);
            assertTrue(text.contains("Válido hasta / Valid until"), text);
            assertEquals(1, doc.getNumberOfPages());
        }
        given().when().get(pdfPath).then().statusCode(401);

        // issue 13 done-when: the QR printed on the PDF verifies with nothing but the published key and the JDK
        String qrText = OfflineReader.qrTextOf(pdf);
        assertTrue(qrText.startsWith("https://refugio.gob.pa/api/v1/certificates/verification?token="), qrText);
        List<Map<String, String>> keys = given().when().get("/.well-known/jwks.json").then().statusCode(200)
                .header("Cache-Control", "public, max-age=3600").extract().path("keys");
        String body = OfflineReader.verifiedBody(OfflineReader.sealOf(qrText), keys);
        assertEquals("RF1|ONPAR|k1|ASC|" + number + "|" + validFrom.toString().replace("-", "") + "|"
                + registered.getString("certificates[0].validUntil").replace("-", ""), body);
        assertEquals(null, OfflineReader.verifiedBody(OfflineReader.sealOf(qrText),
                List.of(Map.of("kty", "OKP", "crv", "Ed25519", "kid", "k1",
                        "x", pa.gob.refugio.kit.signing.Jwks.x(pa.gob.refugio.kit.signing.SigningKeyRing.generate("k1")
                                .publicKey("k1").orElseThrow())))), "another key does not verify it");
        given().when().get("/api/v1/certificates/verification?token=" + OfflineReader.sealOf(qrText))
                .then().statusCode(200).body("valid", equalTo(true));
    }

    @Test
    void aCertificatePrintedWithTheFormerHmacTokenStillVerifiesDuringTheUpgrade() {
        JsonPath registered = Families.register(Families.family("ONPAR Balboa"));
        String legacy = new CertificateToken("dev-only-certificate-key").sign(new CertificateToken.Claims(
                registered.getString("certificates[2].number"),
                LocalDate.parse(registered.getString("certificates[2].validFrom")),
                LocalDate.parse(registered.getString("certificates[2].validUntil"))));
        assertTrue(legacy.startsWith("v1."), legacy);
        given().when().get("/api/v1/certificates/verification?token=" + legacy)
                .then().statusCode(200).body("valid", equalTo(true))
                .body("kind", equalTo("ASYLUM_SEEKER_CERTIFICATE"));
        String forgedLegacy = new CertificateToken("not-the-certificate-key!").sign(new CertificateToken.Claims(
                registered.getString("certificates[2].number"), LocalDate.now(), LocalDate.now().plusYears(1)));
        given().when().get("/api/v1/certificates/verification?token=" + forgedLegacy)
                .then().statusCode(200).body("valid", equalTo(false));
    }

    @Test
    void aForgedOrAlteredTokenIsUnknownAndAWithdrawalRevokesTheCertificates() {
        JsonPath registered = Families.register(Families.family("ONPAR Balboa"));
        String token = registered.getString("certificates[1].token");
        String[] parts = token.split("\\.");
        String altered = parts[0] + "." + parts[1].substring(0, parts[1].length() - 2) + "xx";
        // forged, altered, unknown, oversized and (below) revoked: the same 200 {"valid": false}
        for (String bad : new String[]{altered, "garbage", "v1.U0EtMjAyNi0wMDAwMDAx.AAAA", "A".repeat(600)}) {
            given().when().get("/api/v1/certificates/verification?token=" + bad)
                    .then().statusCode(200).contentType("application/json")
                    .body("valid", equalTo(false)).body("$", aMapWithSize(1));
        }
        given().when().get("/api/v1/certificates/verification")
                .then().statusCode(400);

        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION)).contentType("application/json")
                .body("{\"withdrawnOn\": \"" + LocalDate.now() + "\"}")
                .when().post("/api/v1/applications/" + Families.caseId(registered) + "/withdrawal")
                .then().statusCode(200);
        given().when().get("/api/v1/certificates/verification?token=" + token)
                .then().statusCode(200).body("valid", equalTo(false)).body("$", aMapWithSize(1));
        given().auth().oauth2(Tokens.of(Roles.ONPAR_REGISTRATION))
                .when().get("/api/v1/applications/" + Families.caseId(registered) + "/members/"
                        + registered.getString("application.members[1].memberId") + "/certificate.pdf")
                .then().statusCode(409);
        org.hamcrest.MatcherAssert.assertThat(registered.getList("certificates"), hasSize(3));
    }
}
