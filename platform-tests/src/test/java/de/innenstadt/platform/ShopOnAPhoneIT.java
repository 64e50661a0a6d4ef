// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.baseUrl;
import static de.innenstadt.platform.TestPlatform.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.innenstadt.platform.ReservationApi.TestOffer;
import java.text.NumberFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The shop on a small phone (375 × 667 CSS pixels, an iPhone SE): results come before the filters, which
 * sit in a disclosure „Filter (n)“ that works without JavaScript; wide screens show them open; the bag
 * and the checkout show what each store's part costs, the bag has buttons a thumb can hit (WCAG 2.2 2.5.8), and a
 * refused checkout lists its problems in words a shopper understands.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShopOnAPhoneIT {

    private static final Dimension PHONE = new Dimension(375, 667);
    private static final Duration PAGE = Duration.ofSeconds(15);

    @BeforeEach
    void platformAndSearchAreReady() {
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/health/ready").statusCode() == 200);
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/api/v1/search?q=schuhe").body().contains("\"productId\""));
    }

    @Test
    void theFirstResultIsOnTheFirstScreenAndTheFiltersOpenWithoutJavaScript() {
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver driver = browser.driver();
            driver.manage().window().setSize(PHONE);
            driver.get(baseUrl() + "/search?q=schuhe");
            WebElement first = driver.findElement(By.cssSelector("li.product"));
            assertThat(first.getLocation().getY()).as("the first result starts on the first screen")
                    .isLessThan(PHONE.getHeight() - 100);
            assertThat(driver.findElement(By.id("openNow")).isDisplayed()).as("filters folded away").isFalse();
            WebElement summary = driver.findElement(By.cssSelector("#filters > summary"));
            assertThat(summary.getText()).isEqualTo("Filter");
            assertThat(summary.getSize().getHeight()).as("a thumb can hit it").isGreaterThanOrEqualTo(24);

            summary.click();
            driver.findElement(By.cssSelector("label[for=inStock]")).click();
            driver.findElement(By.id("apply-filters")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.urlContains("inStock=true"));
            assertThat(driver.findElement(By.cssSelector("#filters > summary")).getText()).isEqualTo("Filter (1)");
            assertThat(driver.findElement(By.id("inStock")).isDisplayed()).as("still folded after applying").isFalse();
        }
    }

    /** Without JavaScript a wide screen shows them by CSS ({@code ::details-content}); WebDriver counts that as folded. */
    @Test
    void wideScreensShowTheFiltersOpen() {
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.get(baseUrl() + "/search?q=schuhe");
            assertThat(driver.findElement(By.id("filters")).getAttribute("open")).isNotNull();
            assertThat(driver.findElement(By.id("openNow")).isDisplayed()).isTrue();
            assertThat(driver.findElement(By.id("apply-filters")).isDisplayed()).isTrue();
        }
    }

    @Test
    void theBagShowsWhatEachStoreCostsAndItsButtonsAreLargeEnough() throws Exception {
        TestOffer offer = ReservationApi.offerWithStock(9, 23);
        String cents = ReservationApi.value("SELECT price_cents FROM offer WHERE id = " + offer.offerId());
        long priceCents = Long.parseLong(cents);
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.manage().window().setSize(PHONE);
            String productId = ReservationApi.value("SELECT product_id FROM offer WHERE id = " + offer.offerId());
            driver.get(baseUrl() + "/product?id=" + productId);
            driver.findElement(By.xpath("//form[input[@name='offerId' and @value='" + offer.offerId() + "']]/button")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("to-checkout")));
            WebElement more = driver.findElement(By.cssSelector(".bag-step"));
            assertThat(more.getSize().getWidth()).isGreaterThanOrEqualTo(44);
            assertThat(more.getSize().getHeight()).isGreaterThanOrEqualTo(44);
            more.click();
            browser.waitUpTo(PAGE).until(d -> d.findElement(By.cssSelector(".bag-price")).getText().startsWith("2 × "));
            String total = euros(2 * priceCents);
            assertThat(text(driver, ".bag-price")).endsWith("= " + total);
            assertThat(text(driver, ".pickup-total")).startsWith("Zusammen " + total).contains("bei der Abholung");

            driver.findElement(By.id("to-checkout")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("checkout:name")));
            assertThat(text(driver, ".pickup-summary .pickup-total")).startsWith("Zusammen " + total);

            driver.findElement(By.id("checkout:phone")).sendKeys("0631");
            driver.findElement(By.id("checkout:reserve")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
            assertThat(text(driver, "#error-summary")).contains("Name: Bitte geben Sie einen Namen an.",
                    "Telefon: Bitte geben Sie eine Telefonnummer aus mindestens 5 Ziffern an").doesNotContain("^$");
            assertThat(driver.findElement(By.id("checkout:phone")).getAttribute("aria-invalid")).isEqualTo("true");
        }
    }

    /** Cents as a German shopper reads them: „1.234,50 €“. */
    private static String euros(long cents) {
        return NumberFormat.getCurrencyInstance(Locale.GERMANY).format(cents / 100.0).replace('\u00a0', ' ');
    }

    /** An element's text with no-break spaces (between amount and €) as plain ones. */
    private static String text(WebDriver driver, String css) {
        return driver.findElement(By.cssSelector(css)).getText().replace('\u00a0', ' ');
    }

    /** A library computer: after „Fertig“ the next person finds neither the bag nor the last codes, not even by going back. */
    @Test
    void doneEndsTheVisitSoTheNextPersonSeesNothing() throws Exception {
        TestOffer offer = ReservationApi.offerWithStock(9, 24);
        String productId = ReservationApi.value("SELECT product_id FROM offer WHERE id = " + offer.offerId());
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver driver = browser.driver();
            String code = reserveFromTheProductPage(browser, productId, offer, "Bea Bücherei", "0631 365 1234");

            driver.findElement(By.id("end-visit")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("visit-ended")));
            assertThat(driver.manage().getCookieNamed("JSESSIONID")).as("the session is gone").isNull();
            driver.navigate().back();
            assertThat(driver.getPageSource()).as("back on the confirmation").doesNotContain(code).doesNotContain("receipt-link");
            driver.get(baseUrl() + "/bag");
            assertThat(driver.findElements(By.cssSelector(".bag-line"))).isEmpty();
        }
        assertThat(ReservationApi.value("SELECT status FROM reservation WHERE code = '" + code(productId) + "'"))
                .as("the reservation itself stays").isIn("REQUESTED", "CONFIRMED", "READY");
    }

    /** Puts the offer into the bag from its product page and reserves it; returns the pickup code the confirmation shows. */
    private static String reserveFromTheProductPage(Browser browser, String productId, TestOffer offer, String name, String phone) {
        WebDriver driver = browser.driver();
        driver.get(baseUrl() + "/product?id=" + productId);
        driver.findElement(By.xpath("//form[input[@name='offerId' and @value='" + offer.offerId() + "']]/button")).click();
        browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("to-checkout"))).click();
        browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("checkout:name"))).sendKeys(name);
        driver.findElement(By.id("checkout:phone")).sendKeys(phone);
        driver.findElement(By.id("checkout:reserve")).click();
        return browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".code-inline"))).getText();
    }

    private static String code(String productId) throws Exception {
        return ReservationApi.value("SELECT r.code FROM reservation r JOIN reservation_item i ON i.reservation_id = r.id"
                + " JOIN offer o ON o.id = i.offer_id WHERE o.product_id = " + productId
                + " AND r.customer_name = 'Bea Bücherei' ORDER BY r.id DESC LIMIT 1");
    }

    /** Without sharing a position (a desktop, a kiosk, arriving by train): the city's starting points measure distances. */
    @Test
    void aStartingPointOfTheCityMeasuresDistancesWithoutThePhonesPosition() {
        Matcher station = Pattern.compile("href=\"([^\"]*lat=49\\.436[^\"]*)\"[^>]*>Hauptbahnhof</a>")
                .matcher(get("/search?q=kaffee").body());
        assertThat(station.find()).as("Hauptbahnhof offered as a starting point").isTrue();
        String measured = get(station.group(1).replace("&amp;", "&")).body();
        assertThat(measured).contains("Sortiert nach Entfernung ab Hauptbahnhof.").contains("class=\"distance\"")
                .contains("aria-current=\"true\">Hauptbahnhof</a>");
    }

    /** „In meiner Nähe“ asks the browser only on the click and searches again by distance from there, rounded to ~100 m. */
    @Test
    void nearMeUsesTheBrowsersPositionOnlyAfterTheClick() {
        try (Browser browser = new Browser()) {
            ChromeDriver driver = (ChromeDriver) browser.driver();
            driver.manage().window().setSize(PHONE);
            driver.get(baseUrl() + "/search?q=schuhe");
            driver.executeCdpCommand("Browser.grantPermissions", Map.of("origin", baseUrl(), "permissions", List.of("geolocation")));
            driver.executeCdpCommand("Emulation.setGeolocationOverride",
                    Map.of("latitude", 49.43671, "longitude", 7.76848, "accuracy", 20));
            assertThat(driver.getCurrentUrl()).doesNotContain("lat=");
            driver.findElement(By.cssSelector("button.near-me")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.urlContains("sort=distance"));
            assertThat(driver.getCurrentUrl()).contains("lat=49.437").contains("lon=7.768");
            assertThat(text(driver, ".near-me-applied")).startsWith("Sortiert nach Entfernung ab Ihrem Standort");
            // each article with its first offer, the nearest on the shelf; articles sold out everywhere come last
            List<Double> nearestPerArticle = driver.findElements(By.cssSelector("li.product .offer:first-child")).stream()
                    .filter(offer -> offer.findElements(By.cssSelector(".availability-out_of_stock")).isEmpty())
                    .map(offer -> Double.parseDouble(offer.findElement(By.cssSelector(".distance")).getAttribute("data-km"))).toList();
            assertThat(nearestPerArticle).isNotEmpty().isSorted();
            assertThat(driver.findElements(By.cssSelector("li.product .distance"))).extracting(WebElement::getText)
                    .allMatch(text -> text.matches("\\d+ m|\\d+,\\d km"), "„830 m“ or „1,2 km“");
            driver.findElement(By.cssSelector(".near-me-applied a")).click();
            browser.waitUpTo(PAGE).until(d -> !d.getCurrentUrl().contains("lat="));
        }
    }

    /**
     * A whole visit on a 375-px phone, as the issue's "done when" names it: search, filter, the article's colour and
     * size, the bag with its totals, a checkout with a wrong phone number (announced, focus on the summary), the
     * confirmation, and „Fertig“, after which the next person finds nothing.
     */
    @Test
    void aWholeVisitOnAPhoneFromSearchToDone() throws Exception {
        String article = ReservationApi.value("SELECT p.article_title FROM product p JOIN offer o ON o.product_id = p.id"
                + " JOIN store s ON s.id = o.store_id WHERE p.variant_color IS NOT NULL AND p.variant_size IS NOT NULL"
                + " AND o.quantity - o.held > 2 AND s.pickup_enabled"
                // a title only one article has: the visit clicks the result by its title, and twelve brands sell a „Kinder Winterjacke“
                + " AND NOT EXISTS (SELECT 1 FROM product q WHERE q.article_title = p.article_title AND q.article_key <> p.article_key)"
                + " GROUP BY p.article_key, p.article_title"
                + " HAVING COUNT(DISTINCT p.variant_color) > 1 AND COUNT(DISTINCT p.variant_size) > 1"
                + " ORDER BY COUNT(*) DESC, p.article_key LIMIT 1");
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.manage().window().setSize(PHONE);
            driver.get(baseUrl() + "/search?q=" + TestPlatform.encode(article));
            driver.findElement(By.cssSelector("#filters > summary")).click();
            driver.findElement(By.cssSelector("label[for=inStock]")).click();
            driver.findElement(By.id("apply-filters")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.urlContains("inStock=true"));
            assertThat(text(driver, "#filters > summary")).isEqualTo("Filter (1)");

            driver.findElement(By.linkText(article)).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".variant-choice")));
            chooseAnotherVariant(browser, "choice-color");
            String size = chooseAnotherVariant(browser, "choice-variantSize");
            // a size the chosen colour does not come in leads to another colour: the bag gets what the page shows now
            String colour = driver.findElement(By.cssSelector("#choice-color + .variant-options [aria-current=true]")).getText();

            driver.findElement(By.cssSelector(".store-offer .reserve-button")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("to-checkout")));
            assertThat(text(driver, ".bag-title")).contains(colour).contains(size);
            assertThat(text(driver, ".pickup-total")).matches("Zusammen [\\d.]+,\\d\\d €, bezahlt .*");

            driver.findElement(By.id("to-checkout")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("checkout:name"))).sendKeys("Zoë Müller-Weiß");
            driver.findElement(By.id("checkout:phone")).sendKeys("0631");
            driver.findElement(By.id("checkout:reserve")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary")));
            browser.waitUpTo(PAGE).until(d -> "error-summary".equals(d.switchTo().activeElement().getAttribute("id")));
            assertThat(driver.findElement(By.id("checkout:phone")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(driver.findElement(By.id("checkout:name")).getAttribute("value")).as("typed input kept").isEqualTo("Zoë Müller-Weiß");
            driver.findElement(By.id("checkout:phone")).sendKeys(" 365 1234");
            driver.findElement(By.id("checkout:reserve")).click();
            String code = browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".code-inline"))).getText();
            assertThat(code).isNotBlank();

            driver.findElement(By.id("end-visit")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("visit-ended")));
            driver.navigate().back();
            assertThat(driver.getPageSource()).as("back on the confirmation").doesNotContain(code);
            driver.get(baseUrl() + "/bag");
            assertThat(driver.findElements(By.cssSelector(".bag-line"))).isEmpty();
        }
    }

    /** Picks a variant of the choice other than the current one that is on the shelf; returns its label. */
    private static String chooseAnotherVariant(Browser browser, String choiceId) {
        WebElement option = browser.driver().findElements(By.cssSelector("#" + choiceId + " + .variant-options a.variant-option"))
                .stream().filter(a -> a.getAttribute("aria-current") == null && !a.getAttribute("class").contains("variant-sold-out"))
                .findFirst().orElseThrow(() -> new AssertionError("no other " + choiceId + " on the shelf"));
        String label = option.getText();
        option.click();
        browser.waitUpTo(PAGE).until(d -> d.findElements(By.cssSelector("#" + choiceId + " + .variant-options [aria-current=true]"))
                .stream().anyMatch(current -> current.getText().equals(label)));
        return label;
    }

    /**
     * A kiosk at the citizens' office: set up once at /kiosk; large view; the confirmation offers printing instead of a
     * status link; left alone it asks whether anyone is still there and then starts over with nothing kept.
     */
    @Test
    void aKioskPrintsInsteadOfLinkingAndStartsOverWhenLeftAlone() throws Exception {
        TestOffer offer = ReservationApi.offerWithStock(9, 25);
        String productId = ReservationApi.value("SELECT product_id FROM offer WHERE id = " + offer.offerId());
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.get(baseUrl() + "/kiosk");
            driver.findElement(By.id("kiosk-on")).click();
            browser.waitUpTo(PAGE).until(d -> d.findElement(By.tagName("body")).getAttribute("class").contains("kiosk"));
            assertThat(driver.findElement(By.tagName("body")).getAttribute("class")).contains("view-large");
            assertThat(driver.findElements(By.id("switch-view"))).as("the large view stays").isEmpty();

            String code = reserveFromTheProductPage(browser, productId, offer, "Karl Kiosk", "0631 365 4321");
            assertThat(driver.findElements(By.cssSelector(".receipt-link"))).as("no status link on screen").isEmpty();
            assertThat(driver.findElement(By.id("print-receipt")).isDisplayed()).isTrue();

            WebElement question = browser.waitUpTo(PAGE).until(ExpectedConditions.visibilityOfElementLocated(By.id("kiosk-idle")));
            assertThat(question.getText()).contains("Sind Sie noch da?");
            Accessibility.assertNoViolations(driver, "kiosk asking whether anyone is still there");
            driver.findElement(By.id("kiosk-stay")).click();
            assertThat(driver.findElement(By.id("kiosk-idle")).isDisplayed()).as("staying keeps the page").isFalse();
            assertThat(driver.getPageSource()).contains(code);

            browser.waitUpTo(Duration.ofSeconds(40)).until(ExpectedConditions.presenceOfElementLocated(By.id("visit-ended")));
            driver.navigate().back();
            assertThat(driver.getPageSource()).as("the next person").doesNotContain(code);

            driver.get(baseUrl() + "/kiosk");
            driver.findElement(By.id("kiosk-off")).click();
            browser.waitUpTo(PAGE).until(d -> !d.findElement(By.tagName("body")).getAttribute("class").contains("kiosk"));
        }
    }
}
