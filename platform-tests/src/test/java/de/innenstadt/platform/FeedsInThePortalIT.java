// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * A demo merchant's feed page in a real browser: settings, an overdue feed flagged, a preview that rejects what the
 * import will reject and applies nothing, an upload followed to its end, the rejected rows as CSV, and an API key
 * created, used and revoked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedsInThePortalIT {

    @BeforeEach
    void platformIsReady() {
        await().atMost(Duration.ofMinutes(2)).until(() -> TestPlatform.get("/health/ready").statusCode() == 200);
    }

    @Test
    void aMerchantUploadsAFilePreviewsItFollowsItsProgressAndManagesKeysInThePortal() throws Exception {
        String[] offer = demoOffer("haendler2");
        long demoMerchant = Long.parseLong(offer[3]);
        ReservationApi.execute("UPDATE merchant SET feed_interval_minutes = 5 WHERE id = " + demoMerchant);
        ReservationApi.execute("UPDATE feed_import SET finished_at = finished_at - INTERVAL 1 DAY, started_at = started_at - INTERVAL 1 DAY"
                + " WHERE merchant_id = " + demoMerchant);
        int quantity = Integer.parseInt(offer[2]) + 3;
        Path file = Files.createTempFile(Path.of(System.getProperty("innenstadt.it.work")), "upload-", ".json");
        // the third line repeats the first: the preview must reject it as the import does (it once let it through)
        Files.writeString(file, "{\"lines\":[{\"storeCode\":\"" + offer[0] + "\",\"gtin\":\"" + offer[1] + "\",\"quantity\":" + quantity
                + "},{\"storeCode\":\"NOPE\",\"gtin\":\"" + offer[1] + "\",\"quantity\":1},{\"storeCode\":\"" + offer[0]
                + "\",\"gtin\":\"" + offer[1] + "\",\"quantity\":" + (quantity + 7) + "}]}");
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            PlatformIT.login(browser, "haendler2");
            assertThat(driver.findElements(By.id("feed-stale"))).as("overdue feed flagged on the start page").isNotEmpty();
            driver.get(TestPlatform.baseUrl() + "/portal/merchant/feeds");
            assertThat(driver.findElements(By.id("stale"))).isNotEmpty();

            // at the default threshold of 20 % the preview says that the import would be refused, and why
            upload(browser, file, "upload-preview");
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("preview")));
            assertThat(driver.findElement(By.id("preview-refused")).getText()).contains("67 %").contains("höchstens 20 %");
            driver.get(TestPlatform.baseUrl() + "/portal/merchant/feeds");

            // a word instead of a number: said next to the field, which is marked for screen readers, and nothing is saved
            driver.findElement(By.id("settings:threshold")).clear();
            driver.findElement(By.id("settings:threshold")).sendKeys("siebzig");
            driver.findElement(By.id("settings:save")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#threshold-error .field-error")).isEmpty());
            assertThat(driver.findElement(By.id("threshold-error")).getText()).isEqualTo("Bitte eine Prozentzahl eingeben, z. B. 20 oder 12,5.");
            assertThat(driver.findElement(By.id("settings:threshold")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(driver.findElement(By.id("settings:threshold")).getAttribute("aria-describedby")).isEqualTo("threshold-error");
            assertThat(driver.findElements(By.cssSelector("#settings .messages li"))).as("not repeated above the form").isEmpty();

            driver.findElement(By.id("settings:threshold")).clear();
            driver.findElement(By.id("settings:threshold")).sendKeys("70,5 %");
            driver.findElement(By.id("settings:save")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#settings .messages li")).isEmpty());
            assertThat(driver.findElement(By.cssSelector("#settings .messages")).getText()).containsAnyOf("gespeichert", "saved");
            assertThat(ReservationApi.value("SELECT reject_threshold FROM feed_settings WHERE merchant_id = " + demoMerchant)).isEqualTo("0.705");
            driver.get(TestPlatform.baseUrl() + "/portal/merchant/feeds");
            assertThat(driver.findElement(By.id("settings:threshold")).getAttribute("value")).as("as a German writes it").isEqualTo("70,5");
            assertThat(driver.findElement(By.id("settings:threshold")).getAttribute("aria-invalid")).isEqualTo("false");

            upload(browser, file, "upload-preview");
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("preview")));
            assertThat(driver.findElements(By.cssSelector("#preview-lines tbody tr"))).hasSize(1);
            assertThat(driver.findElement(By.id("preview-problems")).getText()).contains("NOPE").contains("Doppelte Zeile");
            assertThat(driver.findElements(By.id("preview-refused"))).as("67 % rejected is within a threshold of 70 %").isEmpty();
            assertThat(driver.findElement(By.cssSelector(".preview-counts")).getText()).startsWith("3 Zeilen gelesen, davon 2 abgelehnt");
            assertThat(demoOffer("haendler2", offer[0], offer[1])).as("a preview applies nothing").isEqualTo(offer[2]);

            upload(browser, file, "upload-import");
            browser.waitUpTo(Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("#import-progress[data-running='false']")).isEmpty());
            assertThat(driver.findElement(By.cssSelector("#import-progress progress")).getAttribute("value")).isEqualTo("100");
            assertThat(driver.findElement(By.cssSelector(".feed-history .import-status")).getText()).isEqualTo("übernommen");
            assertThat(driver.findElement(By.cssSelector(".feed-history .import-message")).getText())
                    .isEqualTo("1 Zeile übernommen, 0 unverändert, 2 abgelehnt.");
            assertThat(driver.findElement(By.cssSelector(".feed-history .import-counts")).getText()).isEqualTo("3 / 1 / 0 / 2");
            assertThat(demoOffer("haendler2", offer[0], offer[1])).isEqualTo(String.valueOf(quantity));
            // the flag at the top may have been rendered a moment before the import below ended: look again
            driver.navigate().refresh();
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("history")));
            assertThat(driver.findElements(By.id("stale"))).as("a fresh feed is not overdue").isEmpty();

            String csvUrl = driver.findElement(By.cssSelector(".feed-history .rejected-csv")).getAttribute("href");
            // fetched by the browser itself, with its portal session
            String csv = (String) ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.status + '\\n' + r.headers.get('Content-Type')"
                    + " + '\\n').then(head => done(head)).catch(e => done('error ' + e));", csvUrl);
            assertThat(csv).startsWith("200").contains("text/csv");
            String rejectedCsv = (String) ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done).catch(e => done('error ' + e));",
                    csvUrl);
            assertThat(rejectedCsv).contains("Zeile;Spalte;Wert;Grund").contains(";NOPE;").contains("Doppelte Zeile");

            driver.findElement(By.id("keys:label")).sendKeys("Testkasse");
            driver.findElement(By.id("keys:create")).click();
            String created = browser.waitUpTo(Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("code.api-key"))).getText();
            String body = "{\"lines\":[{\"storeCode\":\"" + offer[0] + "\",\"gtin\":\"" + offer[1] + "\",\"quantity\":" + (quantity + 1) + "}]}";
            assertThat(TestPlatform.pushStock(created, UUID.randomUUID().toString(), body).statusCode()).isEqualTo(200);
            driver.findElements(By.cssSelector(".api-keys .revoke-key")).get(0).click();
            // the table is re-rendered after the click: between the old and the new one there may be no row at all
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".api-keys .key-state")).stream()
                    .findFirst().map(state -> List.of("widerrufen", "revoked").contains(state.getText())).orElse(false));
            assertThat(TestPlatform.pushStock(created, UUID.randomUUID().toString(), body).statusCode()).isEqualTo(401);
        } finally {
            ReservationApi.execute("UPDATE merchant SET feed_interval_minutes = NULL WHERE id = " + demoMerchant);
            ReservationApi.execute("DELETE FROM feed_settings WHERE merchant_id = " + demoMerchant);
            Files.deleteIfExists(file);
        }
    }

    /** A till export without a store column, from a merchant with two stores: the owner says which store it is for. */
    @Test
    void aTillExportWithoutStoreColumnGoesToTheStoreTheOwnerChose() throws Exception {
        String[] offer = ReservationApi.value("SELECT CONCAT_WS('|', s.id, s.name, p.gtin, o.quantity) FROM offer o"
                + " JOIN store s ON s.id = o.store_id JOIN product p ON p.id = o.product_id JOIN user_account u"
                + " ON u.merchant_id = s.merchant_id WHERE u.username = 'haendler1' AND p.gtin IS NOT NULL"
                + " ORDER BY s.id DESC, o.id LIMIT 1").split("\\|");
        int quantity = Integer.parseInt(offer[3]) + 11;
        Path file = Files.createTempFile(Path.of(System.getProperty("innenstadt.it.work")), "kasse-", ".csv");
        Files.writeString(file, "EAN;Bestand\r\n" + offer[2] + ";" + quantity + "\r\n");
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            PlatformIT.login(browser, "haendler1");
            driver.get(TestPlatform.baseUrl() + "/portal/merchant/feeds");
            new Select(driver.findElement(By.id("upload-format"))).selectByValue("POS_CSV");
            new Select(driver.findElement(By.id("upload-store"))).selectByVisibleText(offer[1]);
            driver.findElement(By.id("upload-file")).sendKeys(file.toAbsolutePath().toString());
            driver.findElement(By.id("upload-import")).click();
            browser.waitUpTo(Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("#import-progress[data-running='false']")).isEmpty());

            assertThat(driver.findElement(By.cssSelector(".feed-history .import-status")).getText()).isEqualTo("übernommen");
            assertThat(driver.findElement(By.cssSelector(".feed-history .import-store")).getText()).contains(offer[1]);
            assertThat(ReservationApi.value("SELECT o.quantity FROM offer o JOIN product p ON p.id = o.product_id WHERE o.store_id = "
                    + offer[0] + " AND p.gtin = '" + offer[2] + "'")).isEqualTo(String.valueOf(quantity));
        }
    }

    /** A till whose columns have names of its own: the owner names them in the settings, field by field, and the same file imports. */
    @Test
    void aTillWithColumnNamesOfItsOwnImportsOnceTheOwnerNamesThem() throws Exception {
        String[] offer = demoOffer("haendler2");
        String storeId = ReservationApi.value("SELECT id FROM store WHERE merchant_id = " + offer[3] + " AND code = '" + offer[0] + "'");
        int quantity = Integer.parseInt(offer[2]) + 7;
        Path file = Files.createTempFile(Path.of(System.getProperty("innenstadt.it.work")), "kasse-", ".csv");
        Files.writeString(file, "Filiale;Artikel-EAN;Menge lt. Kasse\r\n" + offer[0] + ";" + offer[1] + ";" + quantity + "\r\n");
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            PlatformIT.login(browser, "haendler2");
            importTillFile(browser, file);
            assertThat(driver.findElement(By.cssSelector(".feed-history .import-status")).getText()).isNotEqualTo("übernommen");
            assertThat(quantityOf(storeId, offer[1])).isEqualTo(offer[2]);

            driver.findElement(By.cssSelector("details.column-mapping summary")).click();
            driver.findElement(By.cssSelector("input[data-field='gtin']")).sendKeys("Artikel-EAN");
            driver.findElement(By.cssSelector("input[data-field='quantity']")).sendKeys("Menge lt. Kasse");
            driver.findElement(By.id("settings:save")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("settings:messages"), "Einstellungen gespeichert"));
            try {
                importTillFile(browser, file);
                assertThat(driver.findElement(By.cssSelector("input[data-field='quantity']")).getAttribute("value"))
                        .isEqualTo("Menge lt. Kasse");
                assertThat(driver.findElement(By.cssSelector(".feed-history .import-status")).getText()).isEqualTo("übernommen");
                assertThat(quantityOf(storeId, offer[1])).isEqualTo(String.valueOf(quantity));
            } finally {
                driver.findElement(By.cssSelector("input[data-field='gtin']")).clear();
                driver.findElement(By.cssSelector("input[data-field='quantity']")).clear();
                driver.findElement(By.id("settings:save")).click();
                browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("settings:messages"), "Einstellungen gespeichert"));
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static void importTillFile(Browser browser, Path file) {
        WebDriver driver = browser.driver();
        driver.get(TestPlatform.baseUrl() + "/portal/merchant/feeds");
        new Select(driver.findElement(By.id("upload-format"))).selectByValue("POS_CSV");
        driver.findElement(By.id("upload-file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id("upload-import")).click();
        browser.waitUpTo(Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("#import-progress[data-running='false']")).isEmpty());
    }

    private static String quantityOf(String storeId, String gtin) throws SQLException {
        return ReservationApi.value("SELECT o.quantity FROM offer o JOIN product p ON p.id = o.product_id WHERE o.store_id = "
                + storeId + " AND p.gtin = '" + gtin + "'");
    }

    private static void upload(Browser browser, Path file, String button) {
        WebDriver driver = browser.driver();
        driver.get(TestPlatform.baseUrl() + "/portal/merchant/feeds");
        new Select(driver.findElement(By.id("upload-format"))).selectByValue("JSON_PUSH");
        driver.findElement(By.id("upload-file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id(button)).click();
    }

    /** store code, GTIN, quantity and merchant id of a demo merchant's first offer with a GTIN. */
    private static String[] demoOffer(String username) throws SQLException {
        return ReservationApi.value("SELECT CONCAT_WS('|', s.code, p.gtin, o.quantity, s.merchant_id) FROM offer o JOIN store s ON s.id = o.store_id"
                + " JOIN product p ON p.id = o.product_id JOIN user_account u ON u.merchant_id = s.merchant_id"
                + " WHERE u.username = '" + username + "' AND p.gtin IS NOT NULL ORDER BY o.id LIMIT 1").split("\\|");
    }

    private static String demoOffer(String username, String storeCode, String gtin) throws SQLException {
        return ReservationApi.value("SELECT o.quantity FROM offer o JOIN store s ON s.id = o.store_id JOIN product p ON p.id = o.product_id"
                + " JOIN user_account u ON u.merchant_id = s.merchant_id WHERE u.username = '" + username + "' AND s.code = '"
                + storeCode + "' AND p.gtin = '" + gtin + "'");
    }
}
