package pa.gob.refugio.registration.certificate;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Renders a printable asylum-seeker certificate, Spanish first then English: photo, QR code (the verification address
 * and the Ed25519 seal, {@link CertificateSigning}), case number, certificate number, validity. PDFBox's standard
 * Helvetica (WinAnsi: á é í ó ú ñ ¿ ¡), no system fonts needed.
 */
public final class CertificatePdf {

    /** What is printed on the certificate. */
    public record Card(String caseNumber, String certificateNumber, String givenNames, String familyNames,
                       LocalDate dateOfBirth, List<String> nationalities, LocalDate validFrom, LocalDate validUntil,
                       String qrText, byte[] photo) {
    }

    private CertificatePdf() {
    }

    public static byte[] render(Card card) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A5);
            doc.addPage(page);
            float height = page.getMediaBox().getHeight();
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, bold, 13, 36, height - 40, "REPÚBLICA DE PANAMÁ - ONPAR");
                text(cs, regular, 7, 36, height - 51, "Oficina Nacional para la Atención de Refugiados / National"
                        + " Office for the Attention of Refugees");
                text(cs, bold, 12, 36, height - 66, "Certificado de solicitante de la condición de refugiado");
                text(cs, regular, 9, 36, height - 80, "Asylum-seeker certificate - debe portarse en todo momento /"
                        + " must be carried at all times");
                if (card.photo() != null) {
                    PDImageXObject photo = PDImageXObject.createFromByteArray(doc, card.photo(), "photo");
                    float w = 100;
                    float h = photo.getHeight() * w / Math.max(1, photo.getWidth());
                    cs.drawImage(photo, 36, height - 110 - Math.min(h, 130), w, Math.min(h, 130));
                }
                float x = 156;
                float y = height - 120;
                String[][] lines = {
                        {"Nombres / Given names", card.givenNames()},
                        {"Apellidos / Family names", card.familyNames()},
                        {"Fecha de nacimiento / Date of birth", String.valueOf(card.dateOfBirth())},
                        {"Nacionalidad / Nationality", String.join(", ", card.nationalities())},
                        {"Expediente / Case number", card.caseNumber()},
                        {"Certificado / Certificate", card.certificateNumber()},
                        {"Válido desde / Valid from", String.valueOf(card.validFrom())},
                        {"Válido hasta / Valid until", String.valueOf(card.validUntil())}};
                for (String[] line : lines) {
                    text(cs, regular, 7, x, y, line[0]);
                    text(cs, bold, 10, x, y - 11, line[1]);
                    y -= 27;
                }
                drawQr(cs, card.qrText(), 36, y - 150, 140);
                text(cs, regular, 7, 36, y - 162, "Verifique escaneando el código QR, también sin conexión con las"
                        + " claves públicas de ONPAR (/.well-known/jwks.json) /");
                text(cs, regular, 7, 36, y - 171, "Verify by scanning the QR code, offline too with ONPAR's public"
                        + " keys (/.well-known/jwks.json)");
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void drawQr(PDPageContentStream cs, String content, float x, float y, float size)
            throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalStateException("cannot encode the QR code", e);
        }
        float module = size / matrix.getWidth();
        for (int row = 0; row < matrix.getHeight(); row++) {
            for (int col = 0; col < matrix.getWidth(); col++) {
                if (matrix.get(col, row)) {
                    cs.addRect(x + col * module, y + size - (row + 1) * module, module, module);
                }
            }
        }
        cs.fill();
    }

    private static void text(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(winAnsi(font, text == null ? "" : text));
        cs.endText();
    }

    /** Keeps characters the standard font can encode (Latin accents are fine); others become '?'. */
    private static String winAnsi(PDType1Font font, String text) {
        StringBuilder sb = new StringBuilder();
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            try {
                font.encode(ch);
                sb.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                sb.append('?');
            }
        });
        return sb.toString();
    }
}
