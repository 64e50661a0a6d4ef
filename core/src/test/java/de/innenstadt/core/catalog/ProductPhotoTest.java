// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ProductPhotoTest {

    @Test
    void aRealPngIsRecognisedByItsBytesAndHashed() throws IOException {
        byte[] png = image("png");
        ProductPhoto photo = ProductPhoto.check(png, 2048);
        assertThat(photo.format()).isEqualTo(ImageFormat.PNG);
        assertThat(photo.format().contentType()).isEqualTo("image/png");
        assertThat(photo.bytes()).isEqualTo(png);
        assertThat(photo.sha256()).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void aRealJpegIsRecognised() throws IOException {
        assertThat(ImageFormat.sniff(image("jpg"))).contains(ImageFormat.JPEG);
    }

    @Test
    void webpIsRecognisedByRiffAndWebpMarks() {
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII);
        assertThat(ImageFormat.sniff(webp)).contains(ImageFormat.WEBP);
        byte[] wave = "RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII);
        assertThat(ImageFormat.sniff(wave)).isEmpty();
    }

    @Test
    void textNamedLikeAnImageIsRefused() {
        byte[] text = "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ProductPhoto.check(text, 2048)).isInstanceOfSatisfying(InvalidImageException.class,
                e -> assertThat(e.problem()).isEqualTo(InvalidImageException.Problem.UNSUPPORTED_TYPE));
    }

    @Test
    void gifAndTruncatedSignaturesAreRefused() {
        assertThat(ImageFormat.sniff("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ImageFormat.sniff(new byte[] {(byte) 0x89, 'P', 'N'})).isEmpty();
        assertThat(ImageFormat.sniff(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
    }

    @Test
    void emptyFilesAreRefused() {
        assertThatThrownBy(() -> ProductPhoto.check(new byte[0], 2048)).isInstanceOfSatisfying(InvalidImageException.class,
                e -> assertThat(e.problem()).isEqualTo(InvalidImageException.Problem.EMPTY));
    }

    @Test
    void theLimitIsInclusiveAndCountsKilobytesOf1024Bytes() {
        byte[] exactlyOneKilobyte = pngOfLength(1024);
        assertThat(ProductPhoto.check(exactlyOneKilobyte, 1).format()).isEqualTo(ImageFormat.PNG);
        assertThatThrownBy(() -> ProductPhoto.check(pngOfLength(1025), 1)).isInstanceOfSatisfying(InvalidImageException.class,
                e -> {
                    assertThat(e.problem()).isEqualTo(InvalidImageException.Problem.TOO_LARGE);
                    assertThat(e.maxKilobytes()).isEqualTo(1);
                });
    }

    private static byte[] pngOfLength(int length) {
        byte[] bytes = new byte[length];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        System.arraycopy(signature, 0, bytes, 0, signature.length);
        return bytes;
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        image.setRGB(1, 1, 0xCC0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }
}
