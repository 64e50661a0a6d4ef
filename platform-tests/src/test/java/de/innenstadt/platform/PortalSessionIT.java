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
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** What a shop owner sees when the portal session ended while a page was open. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PortalSessionIT {

    @BeforeEach
    void platformIsReady() {
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/health/ready").statusCode() == 200);
    }

    /**
     * The owner leaves the offers page open past the idle timeout, then types a count and presses „OK“.
     * That click is an Ajax request; it used to show nothing and save nothing.
     */
    @Test
    void aSaveAfterTheSessionEndedSaysSoOnTheLoginPageAndSavesNothing() throws Exception {
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            PlatformIT.login(browser, "haendler1");
            driver.get(baseUrl() + "/portal/merchant/offers");
            WebElement title = browser.waitUpTo(Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".offer-title[data-offer-id]")));
            long offerId = Long.parseLong(title.getAttribute("data-offer-id"));
            String before = ReservationApi.value("SELECT quantity FROM offer WHERE id = " + offerId);
            WebElement row = title.findElement(By.xpath("./ancestor::tr"));

            // the server forgot the session; the browser still sends the cookie it had
            Cookie session = driver.manage().getCookieNamed("PORTALSESSION");
            driver.manage().deleteCookie(session);
            driver.manage().addCookie(new Cookie("PORTALSESSION", "ended" + session.getValue(), session.getPath()));
            WebElement quantity = row.findElement(By.cssSelector("input.quantity-input"));
            quantity.clear();
            quantity.sendKeys(String.valueOf(Integer.parseInt(before) + 9));
            row.findElement(By.cssSelector("button.save-quantity")).click();

            String notice = browser.waitUpTo(Duration.ofSeconds(15))
                    .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".session-expired"))).getText();
            assertThat(notice).contains("nicht gespeichert");
            assertThat(driver.getCurrentUrl()).contains("/portal/login");
            assertThat(driver.findElement(By.id("login:username")).isDisplayed()).isTrue();
            assertThat(ReservationApi.value("SELECT quantity FROM offer WHERE id = " + offerId)).isEqualTo(before);

            // logging in again leads back to the offers, where the owner types the count once more
            driver.findElement(By.id("login:username")).sendKeys("haendler1");
            driver.findElement(By.id("login:password")).sendKeys(TestPlatform.DEMO_PASSWORD);
            driver.findElement(By.id("login:submit")).click();
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".offer-title")));
            assertThat(driver.getCurrentUrl()).contains("/portal/merchant/offers");
        }
    }
}
