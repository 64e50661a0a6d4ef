// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.baseUrl;
import static de.innenstadt.platform.TestPlatform.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The opening hours of a store, typed by its owner as they stand on the shop door. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StoreHoursIT {

    @BeforeEach
    void platformIsReady() {
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/health/ready").statusCode() == 200);
    }

    @Test
    void hoursAsTheOwnerWritesThemAreSavedAndAMistakeIsExplainedInGerman() throws Exception {
        String storeId = ReservationApi.value("SELECT s.id FROM store s JOIN user_account u ON u.merchant_id = s.merchant_id"
                + " WHERE u.username = 'haendler2' ORDER BY s.id LIMIT 1");
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            PlatformIT.login(browser, "haendler2");
            String original = open(browser, storeId).getAttribute("value");
            try {
                save(browser, storeId, "Mo-Fr 18-9, Sa 10-16");
                String refusal = browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector("form#store .ui-message-error"))).getText();
                assertThat(refusal).contains("„18-9“", "schließt, bevor geöffnet wird");
                assertThat(open(browser, storeId).getAttribute("value")).as("nothing saved").isEqualTo(original);

                save(browser, storeId, "Mo-Fr 9:30-18:30, Sa 10-16 Uhr");
                browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementValue(
                        By.id("store:weeklyHours"), "Mo-Fr 09:30-18:30; Sa 10:00-16:00"));
                assertThat(open(browser, storeId).getAttribute("value")).isEqualTo("Mo-Fr 09:30-18:30; Sa 10:00-16:00");
            } finally {
                save(browser, storeId, original);
                browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementValue(
                        By.id("store:weeklyHours"), original));
            }
            assertThat(driver.getCurrentUrl()).contains("/portal/merchant/store");
        }
    }

    private static WebElement open(Browser browser, String storeId) {
        browser.driver().get(baseUrl() + "/portal/merchant/store?id=" + storeId);
        return browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("store:weeklyHours")));
    }

    private static void save(Browser browser, String storeId, String hours) {
        WebElement field = open(browser, storeId);
        field.sendKeys(Keys.chord(Keys.CONTROL, "a"), hours);
        browser.driver().findElement(By.id("store:save")).click();
    }
}
