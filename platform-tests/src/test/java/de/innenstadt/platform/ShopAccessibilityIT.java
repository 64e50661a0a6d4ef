// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.innenstadt.platform.ReservationApi.TestOffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every page type of the shop, in German and in English: no axe-core WCAG 2.1 A/AA violation at
 * desktop width, and reflow at 320 px without scrolling sideways. The reservation pages are
 * reached the way a shopper reaches them, so the bag, checkout and confirmation hold real content.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShopAccessibilityIT {

    private static final Duration PAGE = Duration.ofSeconds(15);
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension NARROW = new Dimension(320, 800);


    @BeforeEach
    void platformIsUp() {
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/health/ready").statusCode() == 200);
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/api/v1/search?q=schuhe&size=1").body().contains("\"productId\""));
    }

    @ParameterizedTest
    @ValueSource(strings = {"de", "en"})
    void everyPageTypeHasNoWcagViolationAndReflowsAt320Pixels(String language) throws Exception {
        TestOffer offer = ReservationApi.offerWithStock(9, "de".equals(language) ? 44 : 45);
        String productId = ReservationApi.value("SELECT product_id FROM offer WHERE id = " + offer.offerId());
        String slug = ReservationApi.value("SELECT m.slug FROM store s JOIN merchant m ON m.id = s.merchant_id WHERE s.id = "
                + offer.storeId());
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.get(TestPlatform.baseUrl() + "/");
            if ("en".equals(language)) {
                driver.findElement(By.id("switch-language")).click();
                browser.waitUpTo(PAGE).until(d -> "en".equals(d.findElement(By.tagName("html")).getAttribute("lang")));
            }
            List<String> pages = new ArrayList<>(List.of("/", "/search?q=schuhe", "/search?q=schuhe&inStock=true&sort=price",
                    "/product?id=" + productId, "/shop?slug=" + slug, "/page?slug=imprint", "/page?slug=privacy",
                    "/page?slug=accessibility", "/shops", "/product?id=999999999", "/error/error.xhtml", "/kiosk",
                    "/search?q=kaffee&lat=49.436&lon=7.769&sort=distance"));
            for (String page : pages) {
                check(browser, page);
            }

            driver.get(TestPlatform.baseUrl() + "/product?id=" + productId);
            driver.findElement(By.xpath("//form[input[@name='offerId' and @value='" + offer.offerId() + "']]/button")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("to-checkout")));
            checkCurrent(browser, "bag");
            driver.findElement(By.id("to-checkout")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("checkout:name")));
            checkCurrent(browser, "checkout");
            driver.findElement(By.id("checkout:reserve")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".field-error")));
            checkCurrent(browser, "checkout with errors");
            assertThat(driver.switchTo().activeElement().getAttribute("id")).as("the error summary has the focus").isEqualTo("error-summary");
            assertThat(driver.findElement(By.cssSelector("#error-summary a")).getAttribute("href")).endsWith("#checkout:name");
            assertThat(driver.findElement(By.id("checkout:name")).getAttribute("aria-invalid")).isEqualTo("true");
            assertThat(driver.findElement(By.id("checkout:name")).getAttribute("aria-describedby")).isEqualTo("checkout:name-error");
            assertThat(driver.findElement(By.id("checkout:name-error")).getText()).isNotBlank();
            assertThat(driver.findElement(By.id("checkout:phone")).getAttribute("aria-invalid")).isEqualTo("false");
            driver.findElement(By.id("checkout:name")).sendKeys("Alex Prüfer");
            driver.findElement(By.id("checkout:phone")).sendKeys("0631 123456");
            driver.findElement(By.id("checkout:reserve")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.receipt-link")));
            checkCurrent(browser, "confirmation");
            driver.findElement(By.cssSelector("a.receipt-link")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("pickup-code")));
            checkCurrent(browser, "status");
            driver.findElement(By.id("ask-cancel")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("cancel-question")));
            checkCurrent(browser, "status, asked whether to cancel");

            driver.findElement(By.id("switch-view")).click();
            browser.waitUpTo(PAGE).until(d -> "view-large".equals(d.findElement(By.tagName("body")).getAttribute("class")));
            for (String page : List.of("/", "/search?q=schuhe", "/product?id=" + productId, "/shop?slug=" + slug)) {
                check(browser, page);
            }
        }
    }

    private static void check(Browser browser, String page) {
        browser.driver().manage().window().setSize(DESKTOP);
        browser.driver().get(TestPlatform.baseUrl() + page);
        checkCurrent(browser, page);
    }

    private static void checkCurrent(Browser browser, String page) {
        WebDriver driver = browser.driver();
        driver.manage().window().setSize(DESKTOP);
        Accessibility.assertNoViolations(driver, page);
        driver.manage().window().setSize(NARROW);
        Accessibility.assertReflows(driver, page);
        driver.manage().window().setSize(DESKTOP);
    }
}
