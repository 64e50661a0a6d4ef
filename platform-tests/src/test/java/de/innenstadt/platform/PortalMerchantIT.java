// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.baseUrl;
import static de.innenstadt.platform.TestPlatform.get;
import static de.innenstadt.platform.TestPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.innenstadt.platform.ReservationApi.TestOffer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.awaitility.core.ConditionTimeoutException;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A merchant's work in the portal, in headless Chromium: editing listings (price, stock, bulk
 * actions, a new product by GTIN with a photo uploaded from the computer), handling a reservation through the queue that updates by itself,
 * the store's preparation time and when reservations are ready for pickup, the dashboard, and
 * axe-core on every portal page in German and English.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalMerchantIT {

    private static final String MERCHANT = "haendler2";


    @BeforeEach
    void platformIsUp() {
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/health/ready").statusCode() == 200);
    }

    @Test
    void merchantEditsPriceAndStockInPlaceAndUsesBulkActions() throws Exception {
        TestOffer offer = ReservationApi.offerOfMerchant(MERCHANT, 5);
        String gtin = ReservationApi.value("SELECT p.gtin FROM offer o JOIN product p ON p.id = o.product_id WHERE o.id = "
                + offer.offerId());
        int outboxBefore = PortalData.outboxRows();
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            PlatformIT.login(browser, MERCHANT);
            driver.get(baseUrl() + "/portal/merchant/offers");
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("offers:filter")))
                    .sendKeys(gtin);
            By title = By.cssSelector(".offer-title[data-offer-id='" + offer.offerId() + "']");
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.numberOfElementsToBe(
                    By.cssSelector(".offer-title[data-offer-id]"), PortalData.countOffersWithGtin(MERCHANT, gtin)));

            // a German owner types a German price, and reads it back the same way
            type(row(browser, title).findElement(By.cssSelector("input.price-input")), "12,34");
            row(browser, title).findElement(By.cssSelector("button.save-price")).click();
            await().atMost(Duration.ofSeconds(30)).until(() -> "1234".equals(PortalData.priceCents(offer.offerId())));
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> "12,34".equals(
                    row(browser, title).findElement(By.cssSelector("input.price-input")).getAttribute("value")));
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".ui-growl"), "12,34 €"));

            // Enter in the stock field of a selected row saves the stock; it once set the selected offers to 0
            select(browser, title);
            type(row(browser, title).findElement(By.cssSelector("input.quantity-input")), "17" + Keys.ENTER);
            await().atMost(Duration.ofSeconds(30)).until(() -> ReservationApi.stock(offer.offerId())[0] == 17);

            select(browser, title);
            // a German percentage, with the comma: 12,34 € + 10,5 % = 13,6357 € → 13,64 €
            type(driver.findElement(By.id("offers:percent")), "10,5");
            WebElement drawnBefore = row(browser, title);
            driver.findElement(By.id("offers:reprice")).click();
            await().atMost(Duration.ofSeconds(30)).until(() -> "1364".equals(PortalData.priceCents(offer.offerId())));
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".ui-growl"), "um 10,5 % geändert"));
            // the answer redraws the table without the selection; selecting before it arrived was lost
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(drawnBefore));

            select(browser, title);
            driver.findElement(By.id("offers:outOfStock")).click();
            await().atMost(Duration.ofSeconds(30)).until(() -> ReservationApi.stock(offer.offerId())[0] == 0);
        }
        assertThat(PortalData.outboxRows()).as("every change told search").isGreaterThanOrEqualTo(outboxBefore + 4);
    }

    @Test
    void aNewProductByGtinIsCheckedAndPrefilledFromTheCatalog() throws Exception {
        String store = ReservationApi.value("SELECT s.id FROM store s JOIN user_account u ON u.merchant_id = s.merchant_id"
                + " WHERE u.username = '" + MERCHANT + "' ORDER BY s.name LIMIT 1");
        String gtin = ReservationApi.value("SELECT p.gtin FROM product p WHERE p.gtin IS NOT NULL AND CHAR_LENGTH(p.gtin) = 13"
                + " AND NOT EXISTS (SELECT 1 FROM offer o WHERE o.product_id = p.id AND o.store_id = " + store + ") ORDER BY p.id LIMIT 1");
        String catalogTitle = ReservationApi.value("SELECT title FROM product WHERE gtin = '" + gtin + "'");
        char last = gtin.charAt(12);
        String wrongCheckDigit = gtin.substring(0, 12) + (char) ('0' + (last - '0' + 1) % 10);
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            PlatformIT.login(browser, MERCHANT);
            driver.get(baseUrl() + "/portal/merchant/offers");
            WebElement gtinField = browser.waitUpTo(Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("newOffer:gtin")));
            gtinField.sendKeys(wrongCheckDigit, Keys.TAB);
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("form#newOffer .ui-message-error"), String.valueOf(last)));

            type(driver.findElement(By.id("newOffer:gtin")), gtin + Keys.TAB);
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.attributeToBe(By.id("newOffer:title"), "value",
                    catalogTitle));
            type(driver.findElement(By.id("newOffer:newPrice")), "9.95");
            type(driver.findElement(By.id("newOffer:newQuantity")), "3");
            driver.findElement(By.id("newOffer:add")).click();
            try {
                await().atMost(Duration.ofSeconds(30)).until(() -> ReservationApi.value("SELECT CONCAT(o.quantity, ':', o.price_cents)"
                        + " FROM offer o JOIN product p ON p.id = o.product_id WHERE o.store_id = " + store + " AND p.gtin = '" + gtin
                        + "'"), "3:995"::equals);
            } catch (ConditionTimeoutException e) {
                throw new AssertionError("No offer stored; the form says: " + driver.findElement(By.id("newOffer")).getText(), e);
            }
        }
    }

    @Test
    void aPhotoUploadedForANewProductIsCheckedByItsBytesAndServedByTheShop(@TempDir Path files)
            throws Exception {
        String store = ReservationApi.value("SELECT s.id FROM store s JOIN user_account u ON u.merchant_id = s.merchant_id"
                + " WHERE u.username = '" + MERCHANT + "' ORDER BY s.name LIMIT 1");
        String gtin = PortalData.unknownGtin();
        String title = "Fotoprobe " + gtin;
        byte[] png = PortalData.png();
        Path photo = Files.write(files.resolve("tasche.png"), png);
        Path textAsPng = Files.writeString(files.resolve("notiz.png"), "Kein Bild, nur Text.");
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            PlatformIT.login(browser, MERCHANT);
            driver.get(baseUrl() + "/portal/merchant/offers");
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("newOffer:gtin")))
                    .sendKeys(gtin, Keys.TAB);
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("form#newOffer .ui-message-info")));
            type(driver.findElement(By.id("newOffer:title")), title);
            PortalData.chooseDepartment(browser, "feinkost", "Feinkost & Lebensmittel");
            type(driver.findElement(By.id("newOffer:newPrice")), "24.50");
            type(driver.findElement(By.id("newOffer:newQuantity")), "2");
            driver.findElement(By.id("newOffer:photo")).sendKeys(textAsPng.toString());
            driver.findElement(By.id("newOffer:add")).click();
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("form#newOffer .ui-message-error"), "JPEG, PNG oder WebP"));
            assertThat(ReservationApi.value("SELECT COUNT(*) FROM product WHERE gtin = '" + gtin + "'"))
                    .as("a refused photo creates nothing").isEqualTo("0");

            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("newOffer:photo")))
                    .sendKeys(photo.toString());
            driver.findElement(By.id("newOffer:add")).click();
            await().atMost(Duration.ofSeconds(15)).until(() -> ReservationApi.value("SELECT COUNT(*) FROM offer o"
                    + " JOIN product p ON p.id = o.product_id WHERE o.store_id = " + store + " AND p.gtin = '" + gtin + "'"),
                    "1"::equals);
        }
        String productId = ReservationApi.value("SELECT id FROM product WHERE gtin = '" + gtin + "'");
        String imageUrl = ReservationApi.value("SELECT image_url FROM product WHERE id = " + productId);
        assertThat(imageUrl).isEqualTo("/images/product/" + productId);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpResponse<byte[]> image = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + imageUrl)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/png"));
        assertThat(image.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(image.headers().firstValue("Cache-Control")).hasValueSatisfying(cache -> assertThat(cache).contains("max-age="));
        assertThat(image.body()).isEqualTo(png);
        String etag = image.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).matches("\"[0-9a-f]{64}\"");
        HttpResponse<byte[]> revalidated = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + imageUrl))
                .header("If-None-Match", etag).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(revalidated.statusCode()).isEqualTo(304);
        assertThat(revalidated.body()).isEmpty();
        assertThat(get("/images/product/" + (Long.parseLong(productId) + 1_000_000)).statusCode()).isEqualTo(404);

        await().atMost(Duration.ofSeconds(30)).until(() -> {
            HttpResponse<String> search = get("/api/v1/search?size=5&q=" + URLEncoder.encode(title, StandardCharsets.UTF_8));
            if (search.statusCode() != 200) {
                return false;
            }
            for (JsonNode hit : json(search.body()).get("hits")) {
                if (hit.get("productId").asText().equals(productId)) {
                    // pages name the stored photo's version, so a replaced photo gets a new address
                    return hit.path("imageUrl").asText().startsWith(imageUrl + "/v");
                }
            }
            return false;
        });
    }

    @Test
    void aReservationAppearsInTheQueueByItselfAndIsHandledToCollection() throws Exception {
        TestOffer offer = ReservationApi.offerOfMerchant(MERCHANT, 4);
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            PlatformIT.login(browser, MERCHANT);
            driver.get(baseUrl() + "/portal/merchant/reservations");
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("queue:list")));

            HttpResponse<String> created = TestPlatform.send(ReservationApi.reserve(UUID.randomUUID().toString(),
                    ReservationApi.body(offer, 1, "queue-" + UUID.randomUUID() + "@example.org")));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonNode reservation = json(created.body());
            String code = reservation.get("code").asText();
            By codeCell = By.xpath("//span[@class='pickup-code' and text()='" + code + "']");
            browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(codeCell));

            advance(browser, codeCell, "button.confirm", "CONFIRMED");
            advance(browser, codeCell, "button.ready", "READY");
            advance(browser, codeCell, "button.collect", "COLLECTED");
            assertThat(ReservationApi.stock(offer.offerId())).containsExactly(3, 0);

            driver.get(baseUrl() + "/portal/");
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("today"), code));
            assertThat(driver.findElement(By.id("feed-status")).getText()).isNotBlank();
        }
    }

    /**
     * The store is closed for the next two days and opens on the third from 10:00 to 12:00 only, so
     * with a preparation time of a whole day the reservation can be collected from that opening,
     * whatever the time of day the test runs.
     */
    @Test
    void theStoreFormSetsThePreparationTimeAndAReservationIsReadyAtTheFirstOpeningAfterIt() throws Exception {
        TestOffer offer = ReservationApi.offerOfMerchant(MERCHANT, 3);
        long storeId = offer.storeId();
        ZoneId zone = ZoneId.of(ReservationApi.value("SELECT time_zone FROM city_settings"));
        LocalDate today = LocalDate.now(zone);
        String marker = "PortalMerchantIT " + UUID.randomUUID();
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            PlatformIT.login(browser, MERCHANT);
            driver.get(baseUrl() + "/portal/merchant/store?id=" + storeId);
            WebElement preparation = browser.waitUpTo(Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("store:preparationMinutes")));
            type(preparation, "2000");
            driver.findElement(By.id("store:save")).click();
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("form#store .ui-message-error"), "1440"));
            assertThat(PortalData.preparationMinutes(storeId)).as("refused, nothing saved").isNotEqualTo("2000");

            type(driver.findElement(By.id("store:preparationMinutes")), "1440");
            driver.findElement(By.id("store:save")).click();
            await().atMost(Duration.ofSeconds(15)).until(() -> PortalData.preparationMinutes(storeId), "1440"::equals);

            LocalDate opening = today.plusDays(3);
            ReservationApi.execute("DELETE FROM opening_exception WHERE store_id = " + storeId + " AND day BETWEEN '"
                    + today.plusDays(1) + "' AND '" + opening + "'");
            ReservationApi.execute("INSERT INTO opening_exception (store_id, day, opens, closes, note) VALUES ("
                    + storeId + ", '" + today.plusDays(1) + "', NULL, NULL, '" + marker + "'), ("
                    + storeId + ", '" + today.plusDays(2) + "', NULL, NULL, '" + marker + "'), ("
                    + storeId + ", '" + opening + "', '10:00', '12:00', '" + marker + "')");

            HttpResponse<String> created = TestPlatform.send(ReservationApi.reserve(UUID.randomUUID().toString(),
                    ReservationApi.body(offer, 1, "ready-" + UUID.randomUUID() + "@example.org")));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            JsonNode reservation = json(created.body());
            Instant readyFrom = opening.atTime(10, 0).atZone(zone).toInstant();
            assertThat(Instant.parse(reservation.get("readyFrom").asText())).isEqualTo(readyFrom);
            int holdHours = Integer.parseInt(ReservationApi.value("SELECT m.hold_hours FROM merchant m JOIN store s"
                    + " ON s.merchant_id = m.id WHERE s.id = " + storeId));
            assertThat(Instant.parse(reservation.get("expiresAt").asText()))
                    .as("the hold runs from when the goods can be collected")
                    .isEqualTo(readyFrom.plus(Duration.ofHours(holdHours)));
            String token = reservation.get("token").asText();
            assertThat(Instant.parse(json(get("/api/v1/reservations/" + token).body()).get("readyFrom").asText()))
                    .isEqualTo(readyFrom);

            driver.get(baseUrl() + "/reservation?token=" + token);
            assertThat(browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                    By.id("ready-from"))).getText())
                    .isEqualTo(DateTimeFormatter.ofPattern("EEEE, dd.MM., HH:mm", Locale.GERMAN).format(opening.atTime(10, 0)));

            driver.get(baseUrl() + "/portal/merchant/reservations");
            By codeCell = By.xpath("//span[@class='pickup-code' and text()='" + reservation.get("code").asText() + "']");
            assertThat(row(browser, codeCell).findElement(By.cssSelector(".ready-from")).getText())
                    .endsWith(DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").format(opening.atTime(10, 0)));
        } finally {
            ReservationApi.execute("DELETE FROM opening_exception WHERE note = '" + marker + "'");
            ReservationApi.execute("UPDATE store SET preparation_minutes = 30 WHERE id = " + storeId);
        }
    }

    @Test
    void everyPortalPageHasNoWcagViolationsInGermanAndEnglish() throws Exception {
        String store = ReservationApi.value("SELECT s.id FROM store s JOIN user_account u ON u.merchant_id = s.merchant_id"
                + " WHERE u.username = '" + MERCHANT + "' ORDER BY s.name LIMIT 1");
        TestOffer offer = ReservationApi.offerOfMerchant(MERCHANT, 5);
        TestPlatform.send(ReservationApi.reserve(UUID.randomUUID().toString(),
                ReservationApi.body(offer, 1, "axe-" + UUID.randomUUID() + "@example.org")));
        for (String language : List.of("de-DE", "en-GB")) {
            try (Browser browser = new Browser(language)) {
                WebDriver driver = browser.driver();
                for (String page : List.of("/portal/login", "/portal/account/reset", "/portal/account/password?token=unknown")) {
                    check(browser, page);
                }
                PlatformIT.login(browser, MERCHANT);
                for (String page : List.of("/portal/", "/portal/merchant/offers", "/portal/merchant/shop",
                        "/portal/merchant/store?id=" + store, "/portal/merchant/reservations", "/portal/merchant/notifications",
                        "/portal/merchant/feeds", "/portal/merchant/scan", "/portal/settings/password",
                        "/portal/merchant/store?id=999999999", "/portal/error")) {
                    check(browser, page);
                }
                driver.get(baseUrl() + "/portal/merchant/reservations");
                String slip = browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("a.slip-link"))).getAttribute("href");
                driver.get(slip);
                browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("pickup-code")));
                Accessibility.assertNoViolations(driver);
                driver.get(baseUrl() + "/portal/");
                driver.findElement(By.id("logout:logout")).click();
                browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));

                PlatformIT.login(browser, "admin");
                for (String page : List.of("/portal/", "/portal/admin/invitations", "/portal/admin/search", "/portal/admin/city",
                        "/portal/city/counts")) {
                    check(browser, page);
                }
            }
        }
    }

    private static void check(Browser browser, String page) {
        browser.driver().get(baseUrl() + page);
        browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("h1")));
        Accessibility.assertNoViolations(browser.driver());
    }

    private static void advance(Browser browser, By codeCell, String button, String status) throws Exception {
        row(browser, codeCell).findElement(By.cssSelector(button)).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(driver -> row(browser, codeCell)
                .findElement(By.cssSelector(".reservation-status")).getAttribute("data-status").equals(status));
    }

    private static WebElement row(Browser browser, By cell) {
        return browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(cell))
                .findElement(By.xpath("./ancestor::tr"));
    }

    /** Ticks the row through the table widget's own API, which is what the row's checkbox calls. */
    private static void select(Browser browser, By title) {
        browser.waitUpTo(Duration.ofSeconds(20)).until(driver -> {
            WebElement row = row(browser, title);
            if (!"true".equals(row.getAttribute("aria-selected"))) {
                row.findElement(By.cssSelector(".select-column .ui-chkbox-box")).click();
            }
            return "true".equals(row(browser, title).getAttribute("aria-selected"));
        });
    }

    /** Replaces the field's text without clear(), whose change event would start an AJAX update midway. */
    private static void type(WebElement field, String text) {
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    /**
     * A shop owner tries their own shop and reserves, then logs into the portal in the same browser. The
     * shop's Faces flash cookie (path "/") used to reach the portal too, which could not read it: the
     * login's redirect failed with a 500.
     */
    @Test
    void reservingInTheShopThenLoggingIntoThePortalInTheSameBrowserWorks() {
        try (Browser browser = new Browser()) {
            ReservationIT.reserveTheFirstShoeFound(browser, "Inhaberin Probe", "probe-" + UUID.randomUUID() + "@example.org");
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/confirmation"));

            PlatformIT.login(browser, "haendler2");

            assertThat(browser.driver().getCurrentUrl()).contains("/portal");
        }
    }
}
