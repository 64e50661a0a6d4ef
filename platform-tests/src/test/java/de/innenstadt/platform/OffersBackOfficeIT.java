// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.baseUrl;
import static de.innenstadt.platform.TestPlatform.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The offer list as a shop owner's back office: a filter that finds every word in any order, a view of what runs
 * low, an offer removed after one question (and refused while shoppers have it reserved), the assortment as a
 * spreadsheet in till-export columns, and a new product that must name its department.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OffersBackOfficeIT {

    private static final String MERCHANT = "haendler1";
    private static final Duration PAGE = Duration.ofSeconds(15);

    @BeforeEach
    void platformIsReady() {
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/health/ready").statusCode() == 200);
    }

    @Test
    void anOwnerFindsRemovesAndExportsOffers() throws Exception {
        String merchantStores = "SELECT s.id FROM store s JOIN user_account u ON u.merchant_id = s.merchant_id WHERE u.username = '"
                + MERCHANT + "'";
        // offers of products this merchant sells in one store only, so their GTIN finds exactly one row
        String single = " AND p.gtin IS NOT NULL AND NOT EXISTS (SELECT 1 FROM offer o2 WHERE o2.product_id = o.product_id"
                + " AND o2.id <> o.id AND o2.store_id IN (" + merchantStores + "))";
        String[] gone = ReservationApi.value("SELECT CONCAT(o.id, '|', p.title, '|', p.id, '|', p.gtin) FROM offer o"
                + " JOIN product p ON p.id = o.product_id WHERE o.store_id IN (" + merchantStores + ") AND o.held = 0"
                + " AND p.title LIKE '% % %'" + single + " ORDER BY o.id DESC LIMIT 1").split("\\|");
        String[] reserved = ReservationApi.value("SELECT CONCAT(o.id, '|', p.title, '|', p.id, '|', p.gtin) FROM offer o"
                + " JOIN product p ON p.id = o.product_id WHERE o.store_id IN (" + merchantStores + ") AND o.id <> " + gone[0]
                + single + " ORDER BY o.id LIMIT 1").split("\\|");
        ReservationApi.execute("UPDATE offer SET quantity = GREATEST(quantity, 2), held = 1 WHERE id = " + reserved[0]);
        ReservationApi.execute("UPDATE offer SET quantity = 1 WHERE id = " + gone[0]);
        String[] words = gone[1].split(" ");
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            PlatformIT.login(browser, MERCHANT);
            driver.get(baseUrl() + "/portal/merchant/offers");

            // the title's words backwards: every word counts, in any order (all of them, so that the offer is on the
            // first page however many offers other tests gave this merchant)
            List<String> backwards = new ArrayList<>(List.of(words));
            Collections.reverse(backwards);
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("offers:filter")))
                    .sendKeys(String.join(" ", backwards));
            browser.waitUpTo(PAGE).until(d -> titles(d).contains(gone[1]));
            // every row shown has both words (the table may still be redrawn by the last keystroke: read it again then)
            browser.waitUpTo(PAGE).ignoring(StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector(
                    "[id='offers:table_data'] tr[data-ri]")).stream().map(row -> row.getText().toLowerCase(Locale.GERMAN))
                    .allMatch(row -> row.contains(words[0].toLowerCase(Locale.GERMAN))
                            && row.contains(words[words.length - 1].toLowerCase(Locale.GERMAN))));

            driver.findElement(By.cssSelector("[id='offers:lowStock'] .ui-chkbox-box")).click();
            browser.waitUpTo(PAGE).until(d -> titles(d).contains(gone[1]));
            driver.findElement(By.id("offers:filter")).clear();
            driver.findElement(By.id("offers:filter")).sendKeys(" ");
            browser.waitUpTo(PAGE).until(d -> d.findElements(By.cssSelector("[id='offers:table_data'] tr[data-ri]")).size() > 1);
            // low stock only; columns: choice, product, GTIN, store, price, reserved, stock, remove
            browser.waitUpTo(PAGE).ignoring(StaleElementReferenceException.class).until(d -> d.findElements(By.cssSelector(
                    "[id='offers:table_data'] tr[data-ri]")).stream().allMatch(row -> Integer.parseInt(row.findElement(
                    By.cssSelector(".quantity-input")).getAttribute("value"))
                    - Integer.parseInt(row.findElements(By.tagName("td")).get(5).getText().strip()) < 3));
            driver.findElement(By.cssSelector("[id='offers:lowStock'] .ui-chkbox-box")).click();

            removeRow(browser, reserved[3]);
            browser.waitUpTo(PAGE).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "reserviert"));
            assertThat(ReservationApi.value("SELECT COUNT(*) FROM offer WHERE id = " + reserved[0])).isEqualTo("1");

            removeRow(browser, gone[3]);
            browser.waitUpTo(PAGE).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".ui-growl"), "ist entfernt."));
            assertThat(ReservationApi.value("SELECT COUNT(*) FROM offer WHERE id = " + gone[0])).isEqualTo("0");
            await().atMost(Duration.ofSeconds(30)).until(() -> !get("/product?id=" + gone[2]).body().contains("value=\"" + gone[0] + "\""));

            String csv = (String) ((JavascriptExecutor) driver).executeAsyncScript("const done = arguments[arguments.length - 1];"
                    + " fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done).catch(e => done('error ' + e));",
                    baseUrl() + "/portal/merchant/assortment.csv");
            List<String> lines = csv.lines().toList();
            assertThat(lines.get(0).replace("\uFEFF", "")).isEqualTo("Filiale;EAN;Artikelnummer;Bezeichnung;Marke;Warengruppe;Inhalt;VK;Bestand;Reserviert");
            assertThat(lines).hasSize(1 + Integer.parseInt(ReservationApi.value("SELECT COUNT(*) FROM offer WHERE store_id IN ("
                    + merchantStores + ")")));
            assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line).matches(".*;\\d{1,3}(\\.\\d{3})*,\\d\\d;\\d+;\\d+"));
            assertThat(lines).noneMatch(line -> line.contains(";" + gone[1] + ";"));
        } finally {
            ReservationApi.execute("UPDATE offer SET held = 0 WHERE id = " + reserved[0]);
        }
    }

    @Test
    void aNewProductNamesItsDepartment() throws Exception {
        String gtin = PortalData.unknownGtin();
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            PlatformIT.login(browser, MERCHANT);
            driver.get(baseUrl() + "/portal/merchant/offers");
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("newOffer:gtin"))).sendKeys(gtin + "\t");
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form#newOffer .ui-message-info")));
            driver.findElement(By.id("newOffer:title")).sendKeys("Pfälzer Leberwurst im Glas 200 g");
            driver.findElement(By.id("newOffer:netContent")).sendKeys("200 g");
            driver.findElement(By.id("newOffer:newPrice")).sendKeys("4,20");
            driver.findElement(By.id("newOffer:newQuantity")).sendKeys("6");
            driver.findElement(By.id("newOffer:add")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("form#newOffer .ui-message-error"), "Bereich"));
            assertThat(driver.findElement(By.id("newOffer:title")).getAttribute("value")).as("nothing typed is lost")
                    .isEqualTo("Pfälzer Leberwurst im Glas 200 g");

            PortalData.waitForAjax(browser);
            PortalData.chooseDepartment(browser, "feinkost", "Feinkost & Lebensmittel");
            PortalData.waitForAjax(browser);
            driver.findElement(By.id("newOffer:add")).click();
            await().atMost(PAGE).until(() -> ReservationApi.value("SELECT CONCAT(category, ' ', FLOOR(content_amount), ' ', content_unit)"
                    + " FROM product WHERE gtin = '" + gtin + "'"), "feinkost 200 G"::equals);
        }
    }

    private static List<String> titles(WebDriver driver) {
        return driver.findElements(By.cssSelector(".offer-title")).stream().map(WebElement::getText).toList();
    }

    /** Filters the list down to the one offer of a GTIN and removes it, answering the question with yes. */
    private static void removeRow(Browser browser, String gtin) {
        WebDriver driver = browser.driver();
        WebElement filter = driver.findElement(By.id("offers:filter"));
        filter.clear();
        filter.sendKeys(gtin);
        PortalData.waitForAjax(browser);
        browser.waitUpTo(PAGE).until(d -> d.findElements(By.cssSelector("td.offer-gtin")).stream().map(WebElement::getText)
                .toList().equals(List.of(gtin)));
        driver.findElement(By.cssSelector("button.remove-offer")).click();
        browser.waitUpTo(PAGE).until(ExpectedConditions.elementToBeClickable(By.id("confirm-remove"))).click();
    }
}
