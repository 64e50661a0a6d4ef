// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * A status link's QR code as a phone shows it and a counter webcam sees it: small in a grey frame,
 * slightly turned, with sensor noise, saved as JPEG.
 */
class QrPhotosTest {

    private static final String LINK = "https://innenstadt.kaiserslautern.de/reservation?token=q3ZbV1m8Yy0hNn2Kx5QdR7tW9aLcE4sF6gH8jJ0kM1p";

    @Test
    void theLinkIsReadFromACameraLikeJpeg() throws Exception {
        assertThat(QrPhotos.read(photo(LINK, "jpg"))).contains(LINK);
        assertThat(QrPhotos.read(photo(LINK, "png"))).contains(LINK);
    }

    @Test
    void aPictureWithoutACodeReadsNothingAndBytesThatAreNoPictureAreRefused() throws Exception {
        BufferedImage grey = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        assertThat(QrPhotos.read(encode(grey, "png"))).isEmpty();
        assertThatThrownBy(() -> QrPhotos.read("KQJEZ5".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(IOException.class);
    }

    /** A 640 × 480 frame: mid-grey, noise, the code 220 px wide turned by 8 degrees. */
    static byte[] photo(String text, String format) throws Exception {
        BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 220, 220,
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = frame.createGraphics();
        graphics.setColor(new Color(128, 128, 128));
        graphics.fillRect(0, 0, 640, 480);
        graphics.setTransform(AffineTransform.getRotateInstance(Math.toRadians(8), 320, 240));
        graphics.setColor(Color.WHITE);
        graphics.fillRect(180, 100, 280, 280);
        graphics.setColor(Color.BLACK);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                if (matrix.get(x, y)) {
                    graphics.fillRect(210 + x, 130 + y, 1, 1);
                }
            }
        }
        graphics.dispose();
        Random noise = new Random(3);
        for (int y = 0; y < 480; y++) {
            for (int x = 0; x < 640; x++) {
                int value = Math.min(255, Math.max(0, (frame.getRGB(x, y) & 0xff) + noise.nextInt(41) - 20));
                frame.setRGB(x, y, new Color(value, value, value).getRGB());
            }
        }
        return encode(frame, format);
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, format, bytes);
        return bytes.toByteArray();
    }
}
