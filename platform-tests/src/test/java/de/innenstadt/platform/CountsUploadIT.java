// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.baseUrl;
import static de.innenstadt.platform.TestPlatform.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The city manager's counts page: a hystreet download uploaded in the browser is stored, each row
 * that cannot be read is listed with its line and a reason in the page's language, and a file that
 * is no table of counts is refused as a whole with nothing stored.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CountsUploadIT {

    @TempDir
    Path folder;

    @BeforeEach
    void platformIsUp() {
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/health/ready").statusCode() == 200);
    }

    /**
     * hystreet's German download (the integration-routes sample, ISO-8859-1 with CRLF, see
     * FootfallCsvParserTest for where its shape comes from) for a counting point of its own, with
     * three rows appended that a manager's spreadsheet might have added: a word as count, a half
     * hour, and an hour that is already in the file. Its 49 good hours sum to 22,423 (awk on the file).
     */
    @Test
    void anUploadedHystreetDownloadIsStoredAndEachRefusedRowIsListedWithItsReason() throws Exception {
        String point = "IT-Upload-" + UUID.randomUUID().toString().substring(0, 8);
        String sample = Files.readString(Path.of(System.getProperty("innenstadt.it.samples"), "footfall",
                "hystreet-de-fackelstrasse-2025-10.csv"), StandardCharsets.ISO_8859_1).replace("Fackelstraße, Kaiserslautern", point);
        List<String> lines = sample.lines().toList();
        Path file = folder.resolve("hystreet-" + point + ".csv");
        Files.writeString(file, sample
                + point + ";2025-10-27 10:00:00 +0100;Monday;viele;8;cloudy;9;9;17;1;9;8;0;1\r\n"
                + point + ";2025-10-27 11:30:00 +0100;Monday;12;8;cloudy;6;6;12;0;6;6;0;0\r\n"
                + lines.get(1) + "\r\n", StandardCharsets.ISO_8859_1);

        try (Browser browser = new Browser()) {
            PlatformIT.login(browser, "citymanagement");
            WebDriver driver = upload(browser, file);
            boolean german = "de".equals(driver.findElement(By.tagName("html")).getAttribute("lang"));

            WebElement outcome = driver.findElement(By.id("current-outcome"));
            assertThat(outcome.getText()).isEqualTo(german ? "49 Stunden gespeichert, 0 Ausfallstunden, 3 Zeilen abgelehnt (von 52 Zeilen)."
                    : "49 hours stored, 0 outage hours, 3 rows refused (of 52 rows).");
            assertThat(outcome.getAttribute("role")).as("refused rows are announced").isEqualTo("alert");
            assertThat(driver.findElements(By.cssSelector("#rejected-rows tbody tr"))).extracting(WebElement::getText).containsExactly(
                    german ? "51 „viele“ in der Spalte „Fußgänger insgesamt“ ist keine ganze Zahl."
                            : "51 “viele” in the column “Fußgänger insgesamt” is not a whole number.",
                    german ? "52 „2025-10-27 11:30:00 +0100“ ist nicht der Beginn einer Stunde; Zählwerte sind Stundenwerte."
                            : "52 “2025-10-27 11:30:00 +0100” is not the start of an hour; counts are hourly.",
                    german ? "53 Dieser Zählpunkt und diese Stunde stehen schon in Zeile 2; die spätere Zeile wurde nicht gespeichert."
                            : "53 This counting point and hour already came in line 2; the later row was not stored.");
            assertThat(driver.findElement(By.id("recent-imports")).getText()).contains(file.getFileName().toString());
            Accessibility.assertNoViolations(driver);
        }
        assertThat(ReservationApi.value("SELECT CONCAT(COUNT(*), '/', SUM(c.pedestrians)) FROM footfall_count c"
                + " JOIN footfall_location l ON l.id = c.location_id WHERE l.name = '" + point + "'")).isEqualTo("49/22423");
    }

    @Test
    void aFileThatIsNoTableOfCountsIsRefusedAsAWholeInThePagesLanguage() throws Exception {
        Path picture = folder.resolve("zaehlung.csv");
        Files.write(picture, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        String imports = ReservationApi.value("SELECT COUNT(*) FROM footfall_import WHERE status = 'STORED'");

        try (Browser browser = new Browser()) {
            PlatformIT.login(browser, "citymanagement");
            WebDriver driver = upload(browser, picture);
            boolean german = "de".equals(driver.findElement(By.tagName("html")).getAttribute("lang"));

            WebElement outcome = driver.findElement(By.id("current-outcome"));
            assertThat(outcome.getText()).startsWith(german ? "Nichts gespeichert: Die Datei ist keine lesbare Tabelle mit Zählwerten"
                    : "Nothing stored: The file is not a readable table of counts");
            assertThat(outcome.getAttribute("role")).isEqualTo("alert");
            assertThat(driver.findElements(By.id("rejected-rows"))).isEmpty();
        }
        assertThat(ReservationApi.value("SELECT COUNT(*) FROM footfall_import WHERE status = 'STORED'")).isEqualTo(imports);
    }

    private static WebDriver upload(Browser browser, Path file) {
        WebDriver driver = browser.driver();
        driver.get(baseUrl() + "/portal/city/counts");
        browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("counts-file")));
        driver.findElement(By.id("counts-file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("counts-submit")).click();
        browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("current-outcome")));
        return driver;
    }
}
