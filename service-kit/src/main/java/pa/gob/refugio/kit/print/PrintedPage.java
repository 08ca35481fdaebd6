package pa.gob.refugio.kit.print;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * One A5 page of a document people carry (the asylum-seeker certificate, the provisional ID, the refugee document):
 * text in PDFBox's standard Helvetica (WinAnsi: á é í ó ú ñ ¿ ¡; no system fonts needed; a character outside WinAnsi
 * prints as '?'), the holder's photograph, labelled values and the QR code (ZXing, error correction M). Each
 * document lays its own page out in a {@link Layout}; PDFBox and ZXing are optional dependencies of the kit, declared
 * by the services that print.
 */
public final class PrintedPage {

    /** Draws a document on its page; coordinates in points from the bottom-left corner. */
    @FunctionalInterface
    public interface Layout {
        void draw(PrintedPage page) throws IOException;
    }

    private final PDDocument doc;
    private final PDPageContentStream cs;
    private final float height;
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);

    private PrintedPage(PDDocument doc, PDPageContentStream cs, float height) {
        this.doc = doc;
        this.cs = cs;
        this.height = height;
    }

    /** The PDF of one A5 page drawn by {@code layout}. */
    public static byte[] a5(Layout layout) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A5);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                layout.draw(new PrintedPage(doc, cs, page.getMediaBox().getHeight()));
            }
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's height, for layouts that count from the top. */
    public float height() {
        return height;
    }

    /** A line in bold Helvetica; null prints nothing. */
    public void bold(float size, float x, float y, String text) throws IOException {
        text(bold, size, x, y, text);
    }

    /** A line in regular Helvetica; null prints nothing. */
    public void regular(float size, float x, float y, String text) throws IOException {
        text(regular, size, x, y, text);
    }

    /**
     * The photograph (JPEG or PNG) {@code width} wide, its height in proportion up to {@code maxHeight}, hanging
     * from {@code top}.
     */
    public void photo(byte[] image, float x, float top, float width, float maxHeight) throws IOException {
        PDImageXObject photo = PDImageXObject.createFromByteArray(doc, image, "photo");
        float h = Math.min(maxHeight, photo.getHeight() * width / Math.max(1, photo.getWidth()));
        cs.drawImage(photo, x, top - h, width, h);
    }

    /**
     * Each {@code {label, value}} as a small label over its value in bold, one under the other {@code step} apart;
     * returns where the next line would go.
     */
    public float labelled(float x, float y, float step, String[][] lines) throws IOException {
        for (String[] line : lines) {
            regular(7, x, y, line[0]);
            bold(10, x, y - 11, line[1]);
            y -= step;
        }
        return y;
    }

    /** The QR code of {@code content}, {@code size} points square, its lower-left corner at (x, y). */
    public void qr(String content, float x, float y, float size) throws IOException {
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

    private void text(PDType1Font font, float size, float x, float y, String text) throws IOException {
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
