package pa.gob.refugio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pa.gob.refugio.e2e.Procedure.DOCUMENTS;
import static pa.gob.refugio.e2e.Procedure.REGISTRATION;
import static pa.gob.refugio.e2e.RunningStack.anonymous;
import static pa.gob.refugio.e2e.RunningStack.as;
import static pa.gob.refugio.testing.OfflineReader.qrTextOf;
import static pa.gob.refugio.testing.OfflineReader.sealOf;
import static pa.gob.refugio.testing.OfflineReader.verifiedBody;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.security.Roles;
import pa.gob.refugio.testing.Images;

/**
 * Issue 13's done-when over the packaged services: the asylum-seeker certificate (ONPAR) and the provisional ID (SNM)
 * are printed as PDFs; a checkpoint renders each PDF, decodes its QR code, fetches the issuing service's
 * {@code /.well-known/jwks.json} anonymously, and verifies the seal with nothing but the JDK. Each issuer's key
 * verifies only its own seals.
 */
class PrintedDocumentsVerifyOfflineEndToEndIT {

    @Test
    void theCertificateAndTheProvisionalIdVerifyOfflineWithTheirIssuersPublishedKeys() throws Exception {
        JsonPath registered = Procedure.register(1, 0, LocalDate.now().minusDays(3), null);
        UUID caseId = UUID.fromString(registered.getString("application.caseId"));
        String memberId = registered.getString("application.members[0].memberId");
        String certificateNumber = registered.getString("certificates[0].number");

        // ONPAR: photo, certificate PDF, QR, registration's JWKS, a plain JDK check
        Response uploaded = as(Roles.ONPAR_REGISTRATION, REGISTRATION).contentType("image/png").body(png())
                .put("/api/v1/applications/" + caseId + "/members/" + memberId + "/photo");
        assertEquals(200, uploaded.statusCode(), uploaded.asString());
        byte[] certificate = as(Roles.ONPAR_REGISTRATION, REGISTRATION).accept("application/pdf")
                .get("/api/v1/applications/" + caseId + "/members/" + memberId + "/certificate.pdf")
                .then().statusCode(200).extract().asByteArray();
        assertTrue(text(certificate).contains("Certificado de solicitante de la condición de refugiado"));
        String certificateSeal = sealOf(qrTextOf(certificate));
        List<Map<String, String>> onparKeys = jwks(REGISTRATION);
        String certificateBody = verifiedBody(certificateSeal, onparKeys);
        assertNotNull(certificateBody, "the certificate's seal does not verify with registration's JWKS");
        assertTrue(certificateBody.startsWith("RF1|ONPAR|") && certificateBody.contains("|ASC|" + certificateNumber + "|"),
                certificateBody);
        anonymous(REGISTRATION).get("/api/v1/certificates/verification?token=" + certificateSeal).then()
                .statusCode(200).body("valid", org.hamcrest.Matchers.equalTo(true));

        // SNM: the provisional ID once admitted, the holder's particulars, its PDF, documents' JWKS
        Procedure.interviewEveryAdult(caseId, 1);
        Procedure.admit(caseId);
        String documentNumber = String.valueOf(Procedure.documents(caseId, 1).get(0).get("documentNumber"));
        Response holder = as(Roles.SNM, DOCUMENTS).body(Map.of("givenNames", "Ana María", "familyNames", "Rojas Peña",
                        "dateOfBirth", "1988-03-14", "nationality", "VEN", "sex", "F", "photoContentType", "image/png",
                        "photoBase64", Base64.getEncoder().encodeToString(png())))
                .put("/api/v1/documents/" + documentNumber + "/holder");
        assertEquals(200, holder.statusCode(), holder.asString());
        byte[] provisionalId = as(Roles.SNM, DOCUMENTS).accept("application/pdf")
                .get("/api/v1/documents/" + documentNumber + "/pdf").then().statusCode(200).extract().asByteArray();
        String printed = text(provisionalId);
        assertTrue(printed.contains("Carné provisional de solicitante") && printed.contains("Rojas Peña")
                && printed.contains(documentNumber), printed);
        String documentSeal = sealOf(qrTextOf(provisionalId));
        List<Map<String, String>> snmKeys = jwks(DOCUMENTS);
        String documentBody = verifiedBody(documentSeal, snmKeys);
        assertNotNull(documentBody, "the provisional ID's seal does not verify with documents' JWKS");
        assertTrue(documentBody.startsWith("RF1|SNM|") && documentBody.contains("|PID|" + documentNumber + "|"),
                documentBody);
        anonymous(DOCUMENTS).get("/api/v1/verification/" + documentSeal).then().statusCode(200)
                .body("valid", org.hamcrest.Matchers.equalTo(true));

        // one issuer's keys do not vouch for the other's seals
        assertNull(verifiedBody(documentSeal, onparKeys));
        assertNull(verifiedBody(certificateSeal, snmKeys));
    }

    private static List<Map<String, String>> jwks(String service) {
        return anonymous(service).get("/.well-known/jwks.json").then().statusCode(200)
                .header("Cache-Control", "public, max-age=3600").extract().path("keys");
    }

    static byte[] png() {
        return Images.of("png");
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
