// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.baseUrl;
import static de.innenstadt.platform.TestPlatform.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A shop owner changes their password: a wrong current one and two new ones that differ are told
 * next to their field, the change then works, the old password no longer logs in and the new one does.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PasswordChangeIT {

    private static final String NEW_PASSWORD = "Sommer im Stiftsplatz 2027";

    @BeforeEach
    void platformIsReady() {
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/health/ready").statusCode() == 200);
    }

    @Test
    void theOwnerChangesTheirPasswordAndOnlyTheNewOneLogsIn() throws Exception {
        String username = "wechsel-" + UUID.randomUUID().toString().substring(0, 8);
        ReservationApi.execute("INSERT INTO user_account (username, email, display_name, password_hash, role, merchant_id)"
                + " SELECT '" + username + "', '" + username + "@example.org', 'Test', password_hash, role, merchant_id"
                + " FROM user_account WHERE username = 'haendler2'");
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            PlatformIT.login(browser, username);
            driver.findElement(By.id("nav-password")).click();
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("change:current")));

            fill(driver, "nicht mein Passwort", NEW_PASSWORD, NEW_PASSWORD);
            assertThat(errorNextTo(browser, "change:current")).isEqualTo("Das jetzige Passwort stimmt nicht.");
            fill(driver, TestPlatform.DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD + "!");
            assertThat(errorNextTo(browser, "change:repeated")).isEqualTo("Die beiden Passwörter stimmen nicht überein.");
            assertThat(driver.findElement(By.id("change:current")).getAttribute("value")).as("typed passwords are not sent back").isEmpty();

            fill(driver, TestPlatform.DEMO_PASSWORD, NEW_PASSWORD, NEW_PASSWORD);
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("change:messages"), "Ihr Passwort ist geändert."));
            driver.findElement(By.id("logout:logout")).click();
        }
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.get(baseUrl() + "/portal/login");
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
            driver.findElement(By.id("login:username")).sendKeys(username);
            driver.findElement(By.id("login:password")).sendKeys(TestPlatform.DEMO_PASSWORD);
            driver.findElement(By.id("login:submit")).click();
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("[id='login:messages'] .ui-messages-error")));
            assertThat(driver.findElements(By.id("logout:logout"))).as("the old password logs in no more").isEmpty();

            driver.findElement(By.id("login:username")).clear();
            driver.findElement(By.id("login:username")).sendKeys(username);
            driver.findElement(By.id("login:password")).sendKeys(NEW_PASSWORD);
            driver.findElement(By.id("login:submit")).click();
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("logout:logout")));
        }
    }

    private static void fill(WebDriver driver, String current, String password, String repeated) {
        for (String[] field : new String[][] {{"change:current", current}, {"change:newPassword", password}, {"change:repeated", repeated}}) {
            driver.findElement(By.id(field[0])).clear();
            driver.findElement(By.id(field[0])).sendKeys(field[1]);
        }
        driver.findElement(By.id("change:save")).click();
    }

    /** The message PrimeFaces shows beside the field, once the answer is there. */
    private static String errorNextTo(Browser browser, String field) {
        return browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//input[@id='" + field + "']/ancestor::div[@class='field']//*[contains(@class, 'ui-message-error')]"))).getText();
    }
}
