// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.baseUrl;
import static de.innenstadt.platform.TestPlatform.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The portal on the phone a shop owner has at the counter: 390 px wide, German. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalOnAPhoneIT {

    @BeforeEach
    void platformIsReady() {
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/health/ready").statusCode() == 200);
    }

    /**
     * The navigation wraps, the queue becomes one card per reservation with its buttons in reach, and
     * other wide tables scroll in their own region: no page scrolls sideways.
     */
    @Test
    void noPortalPageIsWiderThanThePhone() throws Exception {
        ReservationApi.reserveOnline(ReservationApi.offerOfMerchant("haendler1", 4));
        try (Browser browser = new Browser()) {
            browser.emulatePhone(390, 844);
            WebDriver driver = browser.driver();
            PlatformIT.login(browser, "haendler1");
            for (String page : List.of("/portal/", "/portal/merchant/reservations", "/portal/merchant/offers",
                    "/portal/merchant/store", "/portal/merchant/feeds", "/portal/merchant/scan", "/portal/settings/password")) {
                driver.get(baseUrl() + page);
                browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
                Object[] widths = ((List<?>) ((JavascriptExecutor) driver).executeScript(
                        "return [document.documentElement.scrollWidth, window.innerWidth];")).toArray();
                assertThat(((Number) widths[1]).longValue()).as("the phone's width").isEqualTo(390);
                assertThat(((Number) widths[0]).longValue()).as("page width of %s", page).isLessThanOrEqualTo(390);
            }
            driver.get(baseUrl() + "/portal/merchant/reservations");
            assertThat(browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".queue-table button.confirm"))).getRect()).as("the queue's first button, within reach")
                    .satisfies(button -> assertThat(button.getX() + button.getWidth()).isLessThanOrEqualTo(390));
            assertThat(driver.findElements(By.cssSelector(".portal-header nav a"))).allSatisfy(link ->
                    assertThat(link.getRect().getX() + link.getRect().getWidth()).isLessThanOrEqualTo(390));
        }
    }
}
