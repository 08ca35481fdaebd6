package pa.gob.refugio.documents.pdf;

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
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import pa.gob.refugio.documents.document.DocumentKind;

/**
 * Renders SNM's printable provisional ID or refugee document, Spanish first then English: photograph, names, date of
 * birth, nationality, sex, kind, number, validity, and the QR code (the verification address followed by the Ed25519
 * seal, verifiable offline with {@code /.well-known/jwks.json}). PDFBox's standard Helvetica (WinAnsi: á é í ó ú ñ ¿
 * ¡), no system fonts needed; a character outside WinAnsi prints as '?'.
 */
public final class DocumentPdf {

    /** What is printed. */
    public record Card(DocumentKind kind, String documentNumber, String givenNames, String familyNames,
                       LocalDate dateOfBirth, String nationality, String sex, LocalDate validFrom,
                       LocalDate validUntil, boolean workPermitEligible, String qrText, byte[] photo) {
    }

    private DocumentPdf() {
    }

    /** The Spanish and English titles of a kind of document. */
    static String[] titles(DocumentKind kind) {
        return kind == DocumentKind.PROVISIONAL_ID
                ? new String[]{"Carné provisional de solicitante de la condición de refugiado",
                "Provisional ID of an asylum seeker"}
                : new String[]{"Documento de identidad de refugiado reconocido", "Recognised refugee's identity document"};
    }

    public static byte[] render(Card card) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A5);
            doc.addPage(page);
            float height = page.getMediaBox().getHeight();
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            String[] titles = titles(card.kind());
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                text(cs, bold, 13, 36, height - 40, "REPÚBLICA DE PANAMÁ - SERVICIO NACIONAL DE MIGRACIÓN");
                text(cs, regular, 7, 36, height - 51, "Republic of Panama - National Migration Service (SNM)");
                text(cs, bold, 11, 36, height - 66, titles[0]);
                text(cs, regular, 9, 36, height - 79, titles[1]);
                PDImageXObject photo = PDImageXObject.createFromByteArray(doc, card.photo(), "photo");
                float w = 100;
                float h = Math.min(130, photo.getHeight() * w / Math.max(1, photo.getWidth()));
                cs.drawImage(photo, 36, height - 100 - h, w, h);
                float x = 156;
                float y = height - 108;
                String[][] lines = {
                        {"Apellidos / Surnames", card.familyNames()},
                        {"Nombres / Given names", card.givenNames()},
                        {"Fecha de nacimiento / Date of birth", String.valueOf(card.dateOfBirth())},
                        {"Nacionalidad / Nationality", card.nationality()},
                        {"Sexo / Sex", card.sex()},
                        {"Número de documento / Document number", card.documentNumber()},
                        {"Válido desde / Valid from", String.valueOf(card.validFrom())},
                        {"Válido hasta / Valid until", String.valueOf(card.validUntil())}};
                for (String[] line : lines) {
                    text(cs, regular, 7, x, y, line[0]);
                    text(cs, bold, 10, x, y - 11, line[1]);
                    y -= 26;
                }
                if (card.workPermitEligible()) {
                    text(cs, regular, 7, x, y, "Puede solicitar permiso de trabajo (MITRADEL) / May apply for a work"
                            + " permit");
                }
                drawQr(cs, card.qrText(), 36, y - 160, 150);
                text(cs, regular, 7, 36, y - 172, "Verifique escaneando el código QR, también sin conexión con las"
                        + " claves públicas del SNM (/.well-known/jwks.json) /");
                text(cs, regular, 7, 36, y - 181, "Verify by scanning the QR code, offline too with SNM's public keys"
                        + " (/.well-known/jwks.json)");
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
