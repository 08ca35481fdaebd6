package pa.gob.refugio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static pa.gob.refugio.e2e.Procedure.DOCUMENTS;
import static pa.gob.refugio.e2e.Procedure.REGISTRATION;
import static pa.gob.refugio.e2e.RunningStack.anonymous;
import static pa.gob.refugio.e2e.RunningStack.as;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
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
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import pa.gob.refugio.security.Roles;

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

    static byte[] png() throws Exception {
        BufferedImage image = new BufferedImage(90, 120, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(205, 215, 235));
        g.fillRect(0, 0, 90, 120);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(25, 20, 40, 50);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** Renders the first page (PDFBox) and decodes its QR code (ZXing). */
    static String qrTextOf(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 200);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        }
    }

    /** The seal: everything after the last '/' or '=' of the QR text. */
    static String sealOf(String qrText) {
        return qrText.substring(Math.max(qrText.lastIndexOf('/'), qrText.lastIndexOf('=')) + 1);
    }

    /** The seal's body if the JWKS key its kid names signed it (JDK only: KeyFactory, Signature); else null. */
    static String verifiedBody(String seal, List<Map<String, String>> keys) throws Exception {
        String[] parts = seal.split("\\.");
        byte[] body = Base64.getUrlDecoder().decode(parts[0]);
        String kid = new String(body, StandardCharsets.UTF_8).split("\\|")[2];
        for (Map<String, String> jwk : keys) {
            if (!kid.equals(jwk.get("kid")) || !"OKP".equals(jwk.get("kty")) || !"Ed25519".equals(jwk.get("crv"))) {
                continue;
            }
            byte[] x509 = new byte[44];
            System.arraycopy(new byte[]{0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00}, 0,
                    x509, 0, 12);
            System.arraycopy(Base64.getUrlDecoder().decode(jwk.get("x")), 0, x509, 12, 32);
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(x509));
            Signature check = Signature.getInstance("Ed25519");
            check.initVerify(key);
            check.update(body);
            if (check.verify(Base64.getUrlDecoder().decode(parts[1]))) {
                return new String(body, StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
