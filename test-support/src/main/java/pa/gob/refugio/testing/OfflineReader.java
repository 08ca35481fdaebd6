package pa.gob.refugio.testing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A checkpoint's offline reader: renders the PDF (PDFBox), decodes its QR code (ZXing), takes the seal after the
 * last '/' or '=', and checks its Ed25519 signature with a JWKS key and nothing but the JDK.
 */
public final class OfflineReader {

    private OfflineReader() {
    }

    /** The text of the QR code printed on the first page of {@code pdf}. */
    public static String qrTextOf(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 200);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(
                    new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)))).getText();
        }
    }

    /** The seal in a QR text: everything after the last '/' or '='. */
    public static String sealOf(String qrText) {
        return qrText.substring(Math.max(qrText.lastIndexOf('/'), qrText.lastIndexOf('=')) + 1);
    }

    /** The body of {@code seal} if a key of {@code jwksKeys} (the JWKS's "keys") signed it; null otherwise. */
    public static String verifiedBody(String seal, List<Map<String, String>> jwksKeys) throws Exception {
        String[] parts = seal.split("\\.");
        byte[] body = Base64.getUrlDecoder().decode(parts[0]);
        String kid = new String(body, StandardCharsets.UTF_8).split("\\|")[2];
        for (Map<String, String> jwk : jwksKeys) {
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
