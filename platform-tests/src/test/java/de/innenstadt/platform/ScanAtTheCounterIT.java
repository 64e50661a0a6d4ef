// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.baseUrl;
import static de.innenstadt.platform.TestPlatform.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The counter reads the QR code the shopper holds up: the status link of their reservation, drawn as
 * the shop draws it, is fed to Chromium's fake camera (a Y4M video of the code) and, for a browser
 * without camera, photographed; either way the queue opens on that reservation. Another shop's code
 * opens nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScanAtTheCounterIT {

    @TempDir
    Path folder;

    @BeforeEach
    void platformIsReady() {
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/health/ready").statusCode() == 200);
    }

    @Test
    void theCameraReadsTheShoppersCodeAndTheQueueOpensOnIt() throws Exception {
        JsonNode reservation = ReservationApi.reserveOnline(ReservationApi.offerOfMerchant("haendler1", 6));
        Path video = folder.resolve("qr.y4m");
        writeY4m(video, qr(statusLink(reservation)));

        try (Browser browser = new Browser("de-DE", "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--use-file-for-fake-video-capture=" + video)) {
            PlatformIT.login(browser, "haendler1");
            WebDriver driver = browser.driver();
            driver.get(baseUrl() + "/portal/merchant/reservations");
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(By.id("scan-link"))).click();
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(By.id("scan-start"))).click();

            // says what the page said when the code was not read in time (once seen: the page stayed on /scan)
            browser.waitUpTo(Duration.ofSeconds(30)).withMessage(() -> "scan status „" + driver.findElement(By.id("scan-status")).getText()
                    + "“, video " + ((JavascriptExecutor) driver).executeScript("var v = document.getElementById('scan-video');"
                    + " return v.videoWidth + 'x' + v.videoHeight + (v.paused ? ' paused' : ' playing');"))
                    .until(ExpectedConditions.urlContains("/merchant/reservations?code="));
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".search-result"), "Eine Reservierung passt"));
            assertThat(driver.findElements(By.cssSelector(".queue-table .pickup-code"))).singleElement()
                    .satisfies(cell -> assertThat(cell.getText()).isEqualTo(reservation.get("code").asText()));
        }
    }

    @Test
    void aPhotoOfTheCodeWorksWithoutCameraAndAnotherShopsCodeOpensNothing() throws Exception {
        JsonNode mine = ReservationApi.reserveOnline(ReservationApi.offerOfMerchant("haendler1", 6));
        JsonNode theirs = ReservationApi.reserveOnline(ReservationApi.offerOfMerchant("haendler2", 6));
        Path photo = folder.resolve("code.png");
        ImageIO.write(qr(statusLink(mine)), "png", photo.toFile());
        Path other = folder.resolve("other.png");
        ImageIO.write(qr(statusLink(theirs)), "png", other.toFile());

        try (Browser browser = Browser.withoutJavaScript()) {
            PlatformIT.login(browser, "haendler1");
            WebDriver driver = browser.driver();
            driver.get(baseUrl() + "/portal/merchant/scan");
            assertThat(driver.findElement(By.id("live")).isDisplayed()).as("no live camera without JavaScript").isFalse();

            driver.findElement(By.id("scan-picture")).sendKeys(photo.toString());
            driver.findElement(By.id("scan-submit")).click();
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/merchant/reservations?code="));
            assertThat(driver.getPageSource()).contains(mine.get("code").asText());

            driver.get(baseUrl() + "/portal/merchant/scan");
            driver.findElement(By.id("scan-picture")).sendKeys(other.toString());
            driver.findElement(By.id("scan-submit")).click();
            assertThat(browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(By.id("scan-problem")))
                    .getText()).isEqualTo("Dieser QR-Code gehört zu keiner Reservierung Ihres Geschäfts.");
        }
    }

    /** The link on the shopper's status page and slip. */
    private static String statusLink(JsonNode reservation) {
        return baseUrl() + "/reservation?token=" + reservation.get("token").asText();
    }

    /** The code as a phone shows it: black on white, with a quiet zone, 360 px. */
    private static BufferedImage qr(String text) throws Exception {
        BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 360, 360,
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        BufferedImage image = new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                image.setRGB(x, y, matrix.get(x, y) ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }

    /**
     * A short Y4M video (the format Chromium's fake camera plays) of the code in the middle of a grey
     * 640 × 480 picture: luma from the pixels, neutral chroma.
     */
    private static void writeY4m(Path file, BufferedImage code) throws IOException {
        int width = 640;
        int height = 480;
        byte[] luma = new byte[width * height];
        Arrays.fill(luma, (byte) 160);
        int left = (width - code.getWidth()) / 2;
        int top = (height - code.getHeight()) / 2;
        for (int y = 0; y < code.getHeight(); y++) {
            for (int x = 0; x < code.getWidth(); x++) {
                luma[(top + y) * width + left + x] = (byte) ((code.getRGB(x, y) & 0xff) == 0 ? 16 : 235);
            }
        }
        byte[] chroma = new byte[width * height / 4];
        Arrays.fill(chroma, (byte) 128);
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(("YUV4MPEG2 W" + width + " H" + height + " F10:1 Ip A1:1 C420jpeg\n").getBytes(StandardCharsets.US_ASCII));
            for (int frame = 0; frame < 10; frame++) {
                out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                out.write(luma);
                out.write(chroma);
                out.write(chroma);
            }
        }
    }
}
