// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.ChecksumException;
import com.google.zxing.DecodeHintType;
import com.google.zxing.FormatException;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads the QR code in a photo or a camera frame (the shopper's status page held up to the counter's
 * phone or webcam), on the server with ZXing, the library that also draws the codes: no QR script to
 * ship and keep up to date, and a photo taken without JavaScript works the same way. A picture is
 * measured before it is decoded, so a small file that claims to be enormous is refused unread.
 */
public final class QrPhotos {

    /** A phone photo is 12 to 50 megapixels; a QR code is read well far below that. */
    static final long MAX_PIXELS = 50_000_000L;
    /** Decoding works on at most this many pixels on the long side; bigger pictures are scaled down first. */
    private static final int DECODE_SIDE = 1600;

    private QrPhotos() {
    }

    /**
     * The text of the QR code in the picture (PNG, JPEG, GIF or BMP), if one can be read.
     *
     * @throws IOException when the bytes are no picture the JDK can read, or one too large
     */
    public static Optional<String> read(byte[] picture) throws IOException {
        BufferedImage image = decodeImage(picture);
        BufferedImage small = scaled(image);
        int width = small.getWidth();
        int height = small.getHeight();
        int[] pixels = small.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        try {
            return Optional.of(new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText());
        } catch (NotFoundException | ChecksumException | FormatException noCode) {
            return Optional.empty();
        }
    }

    private static BufferedImage decodeImage(byte[] picture) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(picture))) {
            Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw new IOException("Not a picture");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                    throw new IOException("The picture has more than " + MAX_PIXELS + " pixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        }
    }

    private static BufferedImage scaled(BufferedImage image) {
        int longSide = Math.max(image.getWidth(), image.getHeight());
        if (longSide <= DECODE_SIDE) {
            return image;
        }
        double factor = (double) DECODE_SIDE / longSide;
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage small = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = small.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.drawImage(image, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return small;
    }
}
