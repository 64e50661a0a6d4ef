// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PreparedPictureTest {

    @Test
    void aJpegGetsACopyForTheResultsListAndOneForTheProductPage() throws IOException {
        byte[] jpeg = encode(picture(1000, 800, false), "jpg");
        PreparedPicture prepared = PreparedPicture.ofUpload(jpeg, 2048);
        assertThat(prepared.original().bytes()).isEqualTo(jpeg);
        assertThat(prepared.thumbnails()).extracting(PictureSizes.Thumbnail::width).containsExactly(192, 640);
        BufferedImage small = decode(prepared.thumbnails().get(0).bytes());
        assertThat(small.getWidth()).isEqualTo(192);
        assertThat(small.getHeight()).isEqualTo(154);
        assertThat(prepared.thumbnails().get(0).bytes().length).isLessThan(jpeg.length / 4);
        assertThat(ImageFormat.sniff(prepared.thumbnails().get(1).bytes())).contains(ImageFormat.JPEG);
    }

    @Test
    void transparencyBecomesWhiteNotBlack() throws IOException {
        byte[] png = encode(picture(400, 400, true), "png");
        BufferedImage copy = decode(PreparedPicture.ofUpload(png, 2048).thumbnails().get(0).bytes());
        int corner = copy.getRGB(2, 2) & 0xFFFFFF;
        assertThat(new Color(corner).getRed()).isGreaterThan(240);
        assertThat(new Color(corner).getBlue()).isGreaterThan(240);
    }

    @Test
    void aWebpMadeByGooglesEncoderIsRead() throws IOException {
        byte[] webp;
        try (InputStream in = getClass().getResourceAsStream("/pictures/red-car.webp")) {
            webp = in.readAllBytes();
        }
        PreparedPicture prepared = PreparedPicture.ofUpload(webp, 2048);
        assertThat(prepared.original().format()).isEqualTo(ImageFormat.WEBP);
        BufferedImage copy = decode(prepared.thumbnails().get(1).bytes());
        assertThat(copy.getWidth()).isEqualTo(640);
        assertThat(copy.getHeight()).isEqualTo(480);
        Color middle = new Color(copy.getRGB(320, 200));
        assertThat(middle.getRed()).isGreaterThan(150);
        assertThat(middle.getGreen()).isLessThan(100);
    }

    @Test
    void aPictureNarrowerThanEveryCopyGetsNone() throws IOException {
        assertThat(PreparedPicture.ofUpload(encode(picture(150, 150, false), "png"), 2048).thumbnails()).isEmpty();
    }

    @Test
    void aPngClaimingFiftyThousandPixelsSquareIsRefusedBeforeDecoding() throws IOException {
        byte[] png = encode(picture(10, 10, false), "png");
        byte[] bomb = withPngSize(png, 50_000, 50_000);
        assertThatThrownBy(() -> PreparedPicture.ofUpload(bomb, 2048))
                .isInstanceOfSatisfying(InvalidImageException.class,
                        e -> assertThat(e.problem()).isEqualTo(InvalidImageException.Problem.TOO_MANY_PIXELS));
    }

    @Test
    void aJpegThatBreaksOffAfterItsHeaderIsDamaged() throws IOException {
        byte[] jpeg = encode(picture(600, 400, false), "jpg");
        byte[] broken = Arrays.copyOf(jpeg, 40);
        assertThatThrownBy(() -> PreparedPicture.ofUpload(broken, 2048))
                .isInstanceOfSatisfying(InvalidImageException.class,
                        e -> assertThat(e.problem()).isEqualTo(InvalidImageException.Problem.DAMAGED));
    }

    @Test
    void aFetchedFileLargerThanUploadsMayBeIsKeptAsASmallerJpeg() throws IOException {
        byte[] png = encode(noise(2400, 1800), "png");
        assertThat(png.length).isGreaterThan(1024 * 1024);
        assertThatThrownBy(() -> PreparedPicture.ofUpload(png, 1024)).isInstanceOf(InvalidImageException.class);
        PreparedPicture fetched = PreparedPicture.ofFetched(png, 1024);
        assertThat(fetched.original().format()).isEqualTo(ImageFormat.JPEG);
        assertThat(decode(fetched.original().bytes()).getWidth()).isEqualTo(PictureSizes.ORIGINAL_MAX_WIDTH);
        assertThat(fetched.thumbnails()).extracting(PictureSizes.Thumbnail::width).containsExactly(192, 640);
    }

    @Test
    void aWebPageIsNoPicture() {
        byte[] html = "<!DOCTYPE html><html><body>Not found</body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> PreparedPicture.ofFetched(html, 2048))
                .isInstanceOfSatisfying(InvalidImageException.class,
                        e -> assertThat(e.problem()).isEqualTo(InvalidImageException.Problem.UNSUPPORTED_TYPE));
    }

    private static BufferedImage picture(int width, int height, boolean transparentCorners) {
        BufferedImage image = new BufferedImage(width, height,
                transparentCorners ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        if (!transparentCorners) {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
        }
        g.setColor(new Color(0x1F6FB2));
        g.fillOval(width / 8, height / 8, width * 3 / 4, height * 3 / 4);
        g.dispose();
        return image;
    }

    /** Colour noise: a PNG of it stays large, like a photo saved without loss. */
    private static BufferedImage noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    /** The same PNG with another width and height in its header chunk (and a matching checksum). */
    private static byte[] withPngSize(byte[] png, int width, int height) {
        byte[] copy = png.clone();
        ByteBuffer.wrap(copy, 16, 8).putInt(width).putInt(height);
        CRC32 crc = new CRC32();
        crc.update(copy, 12, 17);
        ByteBuffer.wrap(copy, 29, 4).putInt((int) crc.getValue());
        return copy;
    }
}
