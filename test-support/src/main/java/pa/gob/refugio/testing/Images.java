package pa.gob.refugio.testing;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Small real images (a face-like oval) for upload and printing tests: a photograph as a camera would give it. */
public final class Images {

    private Images() {
    }

    /** The image in {@code format} ("png", "jpeg", …, as ImageIO names them). */
    public static byte[] of(String format) {
        BufferedImage image = new BufferedImage(60, 80, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.LIGHT_GRAY);
        g.fillRect(0, 0, 60, 80);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(15, 10, 30, 35);
        g.dispose();
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
