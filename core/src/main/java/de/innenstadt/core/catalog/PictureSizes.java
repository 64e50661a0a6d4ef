// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import com.twelvemonkeys.image.ResampleOp;
import com.twelvemonkeys.imageio.plugins.jpeg.JPEGImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.spi.IIORegistry;
import javax.imageio.spi.ImageReaderSpi;
import javax.imageio.spi.ServiceRegistry;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Makes the smaller copies of a product picture that the pages list in {@code srcset}: a phone on a
 * slow line loads a 192-pixel JPEG of some kilobytes for the results list instead of the merchant's
 * original of megabytes. Readers come from TwelveMonkeys ImageIO (WebP, and JPEGs in CMYK, which
 * suppliers' catalogues often hold and the JDK cannot read); they are created directly, not
 * registered with ImageIO, because the registry is shared by every application in the server.
 */
public final class PictureSizes {

    /** The widths made: the results list shows pictures 96 CSS pixels wide, the product page 320; twice that for sharp screens. */
    public static final List<Integer> WIDTHS = List.of(192, 640);

    /** Larger stored originals are replaced by a JPEG this wide. */
    static final int ORIGINAL_MAX_WIDTH = 1600;

    /**
     * A product photo needs a few megapixels; 40 allows any camera. A PNG of 50,000 × 50,000 pixels
     * compresses to kilobytes and would need 10 GB to decode, so the size in its header is checked
     * before any pixel is read.
     */
    static final long MAX_PIXELS = 40_000_000L;

    private static final float JPEG_QUALITY = 0.82f;

    private PictureSizes() {
    }

    /** A smaller copy, always a JPEG. */
    public record Thumbnail(int width, byte[] bytes, String sha256) {
    }

    /**
     * Decodes a picture whose format was checked by its first bytes, read at no more than about twice
     * the width stored, so memory stays bounded however large the original.
     *
     * @throws InvalidImageException {@code TOO_MANY_PIXELS} or {@code DAMAGED}
     */
    static BufferedImage decode(byte[] bytes, ImageFormat format) {
        ImageReader reader = reader(format);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width * height > MAX_PIXELS) {
                throw new InvalidImageException(InvalidImageException.Problem.TOO_MANY_PIXELS, 0,
                        "The picture has " + width + " × " + height + " pixels, more than " + MAX_PIXELS);
            }
            ImageReadParam param = reader.getDefaultReadParam();
            int step = (int) Math.max(1, width / ORIGINAL_MAX_WIDTH);
            param.setSourceSubsampling(step, step, 0, 0);
            return reader.read(0, param);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidImageException invalid) {
                throw invalid;
            }
            throw new InvalidImageException(InvalidImageException.Problem.DAMAGED, 0,
                    "The picture cannot be read: " + e.getMessage());
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader reader(ImageFormat format) {
        try {
            return switch (format) {
                case JPEG -> JpegReader.SPI.createReaderInstance(null);
                case WEBP -> new WebPImageReaderSpi().createReaderInstance(null);
                case PNG -> ImageIO.getImageReadersByFormatName("png").next();
            };
        } catch (IOException e) {
            throw new IllegalStateException("No reader for " + format, e);
        }
    }

    /**
     * TwelveMonkeys' JPEG reader hands ordinary JPEGs to the JDK's reader and decodes the rest (CMYK, broken
     * colour profiles) itself. It finds the JDK's reader when registered in a registry that holds it; a
     * registry of our own keeps the server-wide one untouched.
     */
    private static final class JpegReader {

        static final ImageReaderSpi SPI = create();

        private static ImageReaderSpi create() {
            ServiceRegistry own = new ServiceRegistry(List.<Class<?>>of(ImageReaderSpi.class).iterator());
            Iterator<ImageReaderSpi> all = IIORegistry.getDefaultInstance().getServiceProviders(ImageReaderSpi.class, false);
            while (all.hasNext()) {
                ImageReaderSpi spi = all.next();
                if (spi.getClass().getName().equals("com.sun.imageio.plugins.jpeg.JPEGImageReaderSpi")) {
                    own.registerServiceProvider(spi, ImageReaderSpi.class);
                }
            }
            JPEGImageReaderSpi twelveMonkeys = new JPEGImageReaderSpi();
            own.registerServiceProvider(twelveMonkeys, ImageReaderSpi.class);
            return twelveMonkeys;
        }
    }

    /** The copies narrower than the picture, from the smallest; a picture narrower than all of them gets none. */
    static List<Thumbnail> thumbnails(BufferedImage picture) {
        List<Thumbnail> thumbnails = new ArrayList<>();
        for (int width : WIDTHS) {
            if (picture.getWidth() > width) {
                byte[] jpeg = jpeg(picture, width);
                thumbnails.add(new Thumbnail(width, jpeg, ProductPhoto.sha256(jpeg)));
            }
        }
        return thumbnails;
    }

    /** The picture as a JPEG no wider than {@code maxWidth}, on white where it was transparent. */
    static byte[] jpeg(BufferedImage picture, int maxWidth) {
        int width = Math.min(maxWidth, picture.getWidth());
        int height = Math.max(1, (int) Math.round(picture.getHeight() * (double) width / picture.getWidth()));
        BufferedImage opaque = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = opaque.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, opaque.getWidth(), opaque.getHeight());
            g.drawImage(picture, 0, 0, null);
        } finally {
            g.dispose();
        }
        BufferedImage scaled = width == picture.getWidth() ? opaque
                : new ResampleOp(width, height, ResampleOp.FILTER_LANCZOS).filter(opaque, null);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(scaled, null, null), param);
        } catch (IOException e) {
            throw new IllegalStateException("Writing a JPEG into memory failed", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
