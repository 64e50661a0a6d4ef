// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.encode;
import static de.innenstadt.platform.TestPlatform.get;
import static de.innenstadt.platform.TestPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.innenstadt.platform.ReservationApi.TestOffer;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The shopper's pages in headless Chromium, from the test client: search, product, shop, the
 * reservation flow with the mouse, with the keyboard alone and without JavaScript, the view and
 * language switches, and what search engines read (JSON-LD, sitemap, robots.txt).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShopPagesIT {

    private static final Duration PAGE = Duration.ofSeconds(15);
    private static final Pattern JSON_LD = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);


    @BeforeEach
    void platformIsUp() {
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/health/ready").statusCode() == 200);
    }

    /** A crawler or kiosk that names no language gets the city's, not the server's; one that asks for English gets it. */
    @Test
    void aRequestWithoutAcceptLanguageGetsTheCitysLanguage() {
        assertThat(get("/").body()).containsPattern("<html[^>]* lang=\"de\"").contains("Die Geschäfte der Innenstadt");
        HttpResponse<String> english = TestPlatform.send(HttpRequest.newBuilder(URI.create(TestPlatform.baseUrl() + "/"))
                .header("Accept-Language", "en-GB,en;q=0.8").build());
        assertThat(english.body()).containsPattern("<html[^>]* lang=\"en\"");
    }

    /** The city's tile server belongs to someone else: nothing is fetched from it before the visitor agrees, once per tab. */
    @Test
    void theMapLoadsNoTileBeforeTheVisitorAgrees() throws Exception {
        String first = ReservationApi.value("SELECT slug FROM merchant WHERE active ORDER BY id LIMIT 1");
        String second = ReservationApi.value("SELECT slug FROM merchant WHERE active ORDER BY id LIMIT 1 OFFSET 1");
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.get(TestPlatform.baseUrl() + "/shop?slug=" + first);
            WebElement ask = driver.findElement(By.id("map-consent"));
            new Actions(driver).scrollToElement(ask).perform();
            assertThat(ask.getText()).contains("tile.openstreetmap.org").contains("IP-Adresse");
            assertThat(driver.findElements(By.cssSelector(".leaflet-container, .leaflet-tile"))).as("no map drawn").isEmpty();
            assertThat(driver.findElements(By.cssSelector(".map-store a"))).as("the list is there anyway").isNotEmpty();
            driver.findElement(By.id("load-map")).click();
            browser.waitUpTo(PAGE).until(d -> !d.findElements(By.cssSelector("#store-map .leaflet-tile")).isEmpty());

            driver.get(TestPlatform.baseUrl() + "/shop?slug=" + second);
            assertThat(driver.findElements(By.id("map-consent"))).as("asked once per tab").isEmpty();
            new Actions(driver).scrollToElement(driver.findElement(By.id("store-map"))).perform();
            browser.waitUpTo(PAGE).until(d -> !d.findElements(By.cssSelector("#store-map .leaflet-tile")).isEmpty());
        }
    }

    @Test
    void aShopperSearchesOpensTheProductReservesSeesTheSlipAndCancels() throws Exception {
        TestOffer offer = ReservationApi.offerWithStock(8, 40);
        String gtin = searchableGtinOf(offer);
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.get(TestPlatform.baseUrl() + "/search?q=" + gtin);
            browser.waitUpTo(PAGE).until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.product-link"))).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.urlContains("/product?id="));
            assertThat(driver.findElement(By.cssSelector("dd.price")).getText()).contains("€");
            assertThat(driver.findElement(By.cssSelector(".stock-age")).getText()).startsWith("Bestand von ");
            assertThat(driver.findElement(By.cssSelector(".hours-today")).getText()).isNotBlank();
            reserveButtonOf(driver, offer).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.elementToBeClickable(By.id("to-checkout"))).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("checkout:name"))).sendKeys("Erika Maus");
            driver.findElement(By.id("checkout:email")).sendKeys("erika.maus@example.org");
            driver.findElement(By.id("checkout:reserve")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.receipt-link"))).click();
            String code = browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("pickup-code"))).getText();
            assertThat(code).matches("[A-Z2-9]{6}");
            assertThat(ReservationApi.stock(offer.offerId())).containsExactly(8, 1);
            assertNamedInThePrivacyNotice(driver);
            driver.findElement(By.id("ask-cancel")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("cancel-question")));
            assertThat(ReservationApi.stock(offer.offerId())).as("one click cancels nothing").containsExactly(8, 1);
            driver.findElement(By.id("cancel:cancel")).click();
            browser.waitUpTo(PAGE).until(d -> "CANCELLED".equals(
                    d.findElement(By.cssSelector(".reservation-state")).getAttribute("data-status")));
            assertThat(ReservationApi.stock(offer.offerId())).containsExactly(8, 0);
        }
    }

    @Test
    void theSameReservationWorksWithTheKeyboardAlone() throws Exception {
        TestOffer offer = ReservationApi.offerWithStock(8, 41);
        String gtin = searchableGtinOf(offer);
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.get(TestPlatform.baseUrl() + "/search?q=" + gtin);
            tabTo(driver, e -> e.getAttribute("class") != null && e.getAttribute("class").contains("product-link"));
            press(driver, Keys.ENTER);
            browser.waitUpTo(PAGE).until(ExpectedConditions.urlContains("/product?id="));
            tabTo(driver, e -> "button".equals(e.getTagName()) && offerIdOf(e).equals(String.valueOf(offer.offerId())));
            press(driver, Keys.SPACE);
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("to-checkout")));
            tabTo(driver, e -> "to-checkout".equals(e.getAttribute("id")));
            press(driver, Keys.ENTER);
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("checkout:name")));
            tabTo(driver, e -> "checkout:name".equals(e.getAttribute("id")));
            new Actions(driver).sendKeys("Kim Tastatur").perform();
            tabTo(driver, e -> "checkout:email".equals(e.getAttribute("id")));
            new Actions(driver).sendKeys("kim.tastatur@example.org").perform();
            tabTo(driver, e -> "checkout:reserve".equals(e.getAttribute("id")));
            press(driver, Keys.ENTER);
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.receipt-link")));
            tabTo(driver, e -> e.getAttribute("class") != null && e.getAttribute("class").contains("receipt-link"));
            press(driver, Keys.ENTER);
            String code = browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("pickup-code"))).getText();
            assertThat(code).matches("[A-Z2-9]{6}");
            assertThat(ReservationApi.value("SELECT customer_name FROM reservation WHERE code = '" + code + "'"))
                    .isEqualTo("Kim Tastatur");
            tabTo(driver, e -> "ask-cancel".equals(e.getAttribute("id")));
            press(driver, Keys.ENTER);
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("cancel-question")));
            tabTo(driver, e -> "cancel:cancel".equals(e.getAttribute("id")));
            press(driver, Keys.SPACE);
            browser.waitUpTo(PAGE).until(d -> "CANCELLED".equals(
                    d.findElement(By.cssSelector(".reservation-state")).getAttribute("data-status")));
        }
    }

    @Test
    void searchFiltersProductPageAndReservingWorkWithJavaScriptSwitchedOff() throws Exception {
        TestOffer offer = ReservationApi.offerWithStock(8, 42);
        String gtin = searchableGtinOf(offer);
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver driver = browser.driver();
            driver.get(TestPlatform.baseUrl() + "/search?q=schuhe");
            assertThat(driver.findElements(By.cssSelector("li.product"))).isNotEmpty();
            assertThat(driver.findElement(By.id("store-map")).isDisplayed()).as("no map without JavaScript").isFalse();
            assertThat(driver.findElements(By.cssSelector(".map-store a"))).as("the stores as a list instead").isNotEmpty();
            driver.manage().window().setSize(new Dimension(375, 800));
            driver.findElement(By.cssSelector("#filters > summary")).click();
            driver.findElement(By.cssSelector("label[for=inStock]")).click();
            driver.findElement(By.id("apply-filters")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.urlContains("inStock=true"));
            assertThat(driver.getCurrentUrl()).contains("q=schuhe");
            assertThat(driver.findElements(By.cssSelector(".availability-out_of_stock"))).isEmpty();
            driver.findElement(By.cssSelector(".facet a")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".facet-applied a")));
            assertThat(driver.getCurrentUrl()).contains("inStock=true");

            driver.get(TestPlatform.baseUrl() + "/search?q=" + gtin);
            driver.findElement(By.cssSelector("a.product-link")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.urlContains("/product?id="));
            assertThat(driver.findElements(By.cssSelector(".store-offer"))).isNotEmpty();
            reserveButtonOf(driver, offer).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("to-checkout")));
            assertThat(driver.findElement(By.cssSelector(".bag-title")).getText()).isNotBlank();
        }
    }

    /**
     * Every cookie the shop set in this browser is one the privacy notice names; the notice's list is written by
     * the software (PrivacyFactsView), and this keeps it honest when a feature starts setting a new one.
     */
    private static void assertNamedInThePrivacyNotice(WebDriver driver) {
        Set<String> set = driver.manage().getCookies().stream().map(Cookie::getName).collect(Collectors.toSet());
        String notice = TestPlatform.get("/page?slug=privacy").body();
        Set<String> named = Pattern.compile("<code class=\"cookie-name\">([^<]+)</code>").matcher(notice).results()
                .map(match -> match.group(1)).collect(Collectors.toSet());
        assertThat(set).isNotEmpty();
        assertThat(named).as("cookies the privacy notice names").containsAll(set);
        assertThat(notice).contains("30 Tage nach Abholung");
    }

    @Test
    void theLargeTextSwitchAndTheLanguageSwitchPersistWithoutAnAccountOrJavaScript() {
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver driver = browser.driver();
            driver.get(TestPlatform.baseUrl() + "/search?q=buch");
            assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).isEqualTo("view-standard");
            driver.findElement(By.id("switch-view")).click();
            browser.waitUpTo(PAGE).until(d -> "view-large".equals(d.findElement(By.tagName("body")).getAttribute("class")));
            assertThat(driver.getCurrentUrl()).as("back on the same page").endsWith("/search?q=buch");
            driver.findElement(By.id("switch-language")).click();
            browser.waitUpTo(PAGE).until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            driver.get(TestPlatform.baseUrl() + "/");
            assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).isEqualTo("view-large");
            assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("The shops of the city centre");
            assertNamedInThePrivacyNotice(driver);
            driver.findElement(By.id("switch-view")).click();
            browser.waitUpTo(PAGE).until(d -> "view-standard".equals(d.findElement(By.tagName("body")).getAttribute("class")));
            assertThat(driver.manage().getCookieNamed("innenstadt-view")).isNull();
        }
    }

    @Test
    void pagesWithoutAMapContactNoOtherHostAndSetNoCookie() throws Exception {
        String productId = ReservationApi.value("SELECT MIN(product_id) FROM offer");
        String slug = ReservationApi.value("SELECT slug FROM merchant WHERE active ORDER BY id LIMIT 1");
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            for (String path : List.of("/", "/product?id=" + productId, "/page?slug=privacy", "/search?q=gibtsnichtxyz")) {
                driver.get(TestPlatform.baseUrl() + path);
                assertThat(requestedUrls(driver)).as("requests of %s", path).allMatch(url -> url.startsWith(TestPlatform.baseUrl()));
                assertThat(driver.manage().getCookies()).as("cookies after %s", path).isEmpty();
            }
            driver.get(TestPlatform.baseUrl() + "/shop?slug=" + slug);
            ((JavascriptExecutor) driver).executeScript("document.getElementById('map-consent').scrollIntoView()");
            assertThat(requestedUrls(driver)).as("the map waits for the visitor's consent")
                    .allMatch(url -> url.startsWith(TestPlatform.baseUrl()));
            driver.findElement(By.id("load-map")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#store-map.leaflet-container")));
            assertThat(requestedUrls(driver)).as("the shop page may reach the tile server only")
                    .allMatch(url -> url.startsWith(TestPlatform.baseUrl()) || url.startsWith("https://tile.openstreetmap.org/"));
        }
    }

    @Test
    void productAndShopPagesDescribeThemselvesInJsonLd() throws Exception {
        TestOffer offer = ReservationApi.offerWithStock(8, 43);
        String productId = ReservationApi.value("SELECT product_id FROM offer WHERE id = " + offer.offerId());
        HttpResponse<String> page = get("/product?id=" + productId);
        assertThat(page.statusCode()).isEqualTo(200);
        JsonNode product = jsonLd(page.body());
        assertThat(product.get("@type").asText()).isEqualTo("Product");
        assertThat(product.get("gtin13").asText()).isEqualTo(gtinOf(offer));
        JsonNode ours = null;
        for (JsonNode o : product.get("offers")) {
            assertThat(o.get("@type").asText()).isEqualTo("Offer");
            assertThat(o.get("availability").asText()).startsWith("https://schema.org/");
            assertThat(o.get("availableAtOrFrom").get("address").get("streetAddress").asText()).isNotBlank();
            if (o.get("availableAtOrFrom").get("@id").asText().endsWith("#store-" + offer.storeId())) {
                ours = o;
            }
        }
        assertThat(ours).as("the offer of store %d", offer.storeId()).isNotNull();
        assertThat(ours.get("availability").asText()).isEqualTo("https://schema.org/InStock");
        assertThat(ours.get("price").asText()).matches("\\d+\\.\\d{2}");

        String slug = ReservationApi.value("SELECT m.slug FROM store s JOIN merchant m ON m.id = s.merchant_id WHERE s.id = "
                + offer.storeId());
        JsonNode shop = jsonLd(get("/shop?slug=" + slug).body());
        JsonNode store = shop.get("@graph").get(0);
        assertThat(store.get("@type").asText()).isEqualTo("Store");
        assertThat(store.get("openingHoursSpecification")).isNotEmpty();
        JsonNode hours = store.get("openingHoursSpecification").get(0);
        assertThat(hours.get("@type").asText()).isEqualTo("OpeningHoursSpecification");
        assertThat(hours.get("dayOfWeek").asText()).startsWith("https://schema.org/");
        assertThat(hours.get("opens").asText()).matches("\\d{2}:\\d{2}");
        assertThat(store.get("geo").get("latitude").asDouble()).isBetween(47.0, 55.0);
    }

    /** The demo city's products have their drawn picture on the product page, in the results and in JSON-LD. */
    @Test
    void demoProductsShowTheirPictureEverywhereAndThePictureIsASafeSvg() throws Exception {
        String productId = ReservationApi.value("SELECT MIN(p.id) FROM product p JOIN offer o ON o.product_id = p.id"
                + " WHERE p.image_url LIKE '/images/illustration/%'");
        String path = ReservationApi.value("SELECT image_url FROM product WHERE id = " + productId);
        String title = ReservationApi.value("SELECT title FROM product WHERE id = " + productId);
        String page = get("/product?id=" + productId).body();
        assertThat(page).contains("class=\"product-photo\" src=\"" + path + "\"");
        assertThat(page).containsPattern("class=\"product-photo\"[^>]*alt=\"[^\"]+\"");
        assertThat(jsonLd(page).get("image").asText()).endsWith(path);

        HttpResponse<String> picture = get(path);
        assertThat(picture.statusCode()).isEqualTo(200);
        assertThat(picture.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("image/svg+xml"));
        assertThat(picture.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'");
        assertThat(picture.body()).startsWith("<svg").doesNotContain("<script");
        assertThat(get("/images/illustration/0000000000000").statusCode()).isEqualTo(404);

        // the result shows the article, which may be drawn in another variant's colour
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/search?q=" + encode(title)).body()
                .contains("class=\"product-picture\" src=\"/images/illustration/"));
    }

    @Test
    void theShopPageShowsHoursHolidaysCampaignsAndSearchesItsAssortment() throws Exception {
        String merchantId = ReservationApi.value("SELECT merchant_id FROM user_account WHERE username = 'haendler2'");
        String slug = ReservationApi.value("SELECT slug FROM merchant WHERE id = " + merchantId);
        ReservationApi.execute("INSERT INTO campaign (name, kind, description, starts_at, ends_at, public)"
                + " VALUES ('Lange Nacht der Schaufenster', 'LATE_OPENING', 'Bis Mitternacht geöffnet.',"
                + " NOW(3) - INTERVAL 1 HOUR, NOW(3) + INTERVAL 5 HOUR, TRUE)");
        ReservationApi.execute("INSERT INTO campaign_merchant (campaign_id, merchant_id) SELECT MAX(id), " + merchantId
                + " FROM campaign");
        ReservationApi.execute("INSERT INTO campaign (name, kind, starts_at, ends_at, public)"
                + " VALUES ('Interne Planung', 'CAMPAIGN', NOW(3) - INTERVAL 1 HOUR, NOW(3) + INTERVAL 5 HOUR, FALSE)");
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.get(TestPlatform.baseUrl() + "/shop?slug=" + slug);
            assertThat(driver.findElements(By.cssSelector("table.hours tr"))).hasSizeGreaterThanOrEqualTo(7);
            assertThat(driver.findElement(By.cssSelector(".campaigns")).getText()).contains("Lange Nacht der Schaufenster")
                    .doesNotContain("Interne Planung");
            driver.get(TestPlatform.baseUrl() + "/");
            assertThat(driver.findElement(By.cssSelector(".campaigns")).getText()).contains("Lange Nacht der Schaufenster");
            assertThat(driver.findElements(By.cssSelector(".tiles a"))).isNotEmpty();
            driver.get(TestPlatform.baseUrl() + "/shop?slug=" + slug);
            driver.findElement(By.id("shop-q")).sendKeys(Keys.ENTER);
            browser.waitUpTo(PAGE).until(ExpectedConditions.urlContains("shop=" + slug));
            List<WebElement> stores = driver.findElements(By.cssSelector(".offer a.store"));
            assertThat(stores).isNotEmpty().allMatch(a -> a.getAttribute("href").endsWith("/shop?slug=" + slug));
        }
    }

    @Test
    void unknownProductsAndShopsAnswer404WithAWayBack() {
        for (String path : List.of("/product?id=999999999", "/product?id=abc", "/shop?slug=gibt-es-nicht", "/nirgendwo")) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(404);
            assertThat(page.body()).as(path).contains("Seite nicht gefunden").contains("href=\"/\"").doesNotContain("Exception");
        }
    }

    @Test
    void theSitemapListsShopsAndProductsAndRobotsTxtPointsToIt() throws Exception {
        String productId = ReservationApi.value("SELECT MAX(id) FROM product");
        String slug = ReservationApi.value("SELECT slug FROM merchant WHERE active ORDER BY id LIMIT 1");
        HttpResponse<String> sitemap = get("/sitemap.xml");
        assertThat(sitemap.statusCode()).isEqualTo(200);
        assertThat(sitemap.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
        assertThat(sitemap.body()).contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
                .contains("/product?id=" + productId + "</loc>").contains("/shop?slug=" + slug + "</loc>")
                .contains("/page?slug=privacy</loc>");
        assertThat(get("/robots.txt").body()).contains("Sitemap: ").contains("/sitemap.xml").contains("Disallow: /checkout");

        // a request without Accept-Language gets the city's language
        String shops = get("/shops").body();
        assertThat(shops).as("the list of all shops, which the footer links instead of the sitemap")
                .contains("/shop?slug=" + slug).containsPattern("\\d+ Geschäfte, davon \\d+ jetzt geöffnet\\.")
                .containsPattern("Heute: (\\d\\d:\\d\\d–\\d\\d:\\d\\d|geschlossen)");
        assertThat(get("/").body()).contains("/shops\">Alle Geschäfte</a>").doesNotContain(">Alle Seiten</a>");
    }

    static String gtinOf(TestOffer offer) throws Exception {
        return ReservationApi.value("SELECT p.gtin FROM offer o JOIN product p ON p.id = o.product_id WHERE o.id = "
                + offer.offerId());
    }

    /** The offer's GTIN once search finds it: right after start-up the index may still be filling. */
    static String searchableGtinOf(TestOffer offer) throws Exception {
        String gtin = gtinOf(offer);
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/api/v1/search?q=" + gtin).body().contains("\"gtin\":\"" + gtin));
        return gtin;
    }

    private static WebElement reserveButtonOf(WebDriver driver, TestOffer offer) {
        return driver.findElement(By.xpath("//form[input[@name='offerId' and @value='" + offer.offerId() + "']]/button"));
    }

    private static String offerIdOf(WebElement button) {
        List<WebElement> inputs = button.findElements(By.xpath("../input[@name='offerId']"));
        return inputs.isEmpty() ? "" : inputs.get(0).getAttribute("value");
    }

    /** Presses Tab until the focused element is the wanted one, as a keyboard user would. */
    static WebElement tabTo(WebDriver driver, Predicate<WebElement> wanted) {
        for (int i = 0; i < 300; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement active = driver.switchTo().activeElement();
            if (wanted.test(active)) {
                return active;
            }
        }
        return fail("Tab never reached the wanted element on " + driver.getCurrentUrl());
    }

    private static void press(WebDriver driver, Keys key) {
        new Actions(driver).sendKeys(key).perform();
    }

    @SuppressWarnings("unchecked")
    private static List<String> requestedUrls(WebDriver driver) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(
                "return [location.href].concat(performance.getEntriesByType('resource').map(e => e.name));");
    }

    private static JsonNode jsonLd(String html) {
        Matcher m = JSON_LD.matcher(html);
        assertThat(m.find()).as("a JSON-LD block").isTrue();
        return json(m.group(1));
    }
}
