// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.baseUrl;
import static de.innenstadt.platform.TestPlatform.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The admin writes the city's pages in the portal: a page in Leichte Sprache appears in the shop's
 * footer once it exists and goes again when emptied, what could run in a visitor's browser never
 * reaches the shop, and a page the law requires cannot be emptied. The admin also teaches search the
 * city's own words.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CityPagesIT {

    private static final Duration PAGE = Duration.ofSeconds(15);

    @Test
    void anAdminAddsAPageInLeichteSpracheThatTheFooterLinksAndNothingThatRunsReachesTheShop() throws Exception {
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            PlatformIT.login(browser, "admin");
            driver.get(baseUrl() + "/portal/admin/city");
            choosePage(browser, "easy-language");
            assertThat(driver.findElement(By.id("page:title")).getAttribute("value")).isEqualTo("Leichte Sprache");
            WebElement body = driver.findElement(By.id("page:body"));
            body.clear();
            body.sendKeys("<h2>Was ist das?</h2><p>Hier finden Sie die Läden in der Stadt.</p>"
                    + "<script>document.title='x'</script><p onclick=\"steal()\">Zum Abholen reservieren.</p>");
            driver.findElement(By.id("page:preview")).click();
            WebElement preview = browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".page-preview")));
            assertThat(preview.getText()).contains("Hier finden Sie die Läden in der Stadt.", "Zum Abholen reservieren.");
            assertThat(preview.getAttribute("innerHTML")).doesNotContain("script", "onclick");
            assertThat(driver.findElement(By.cssSelector("form#page .ui-message-error")).getText()).contains("entfernt");

            driver.findElement(By.id("page:save")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.textToBePresentInElementLocated(By.id("page:messages"), "gespeichert"));
            String shopPage = get("/page?slug=easy-language").body();
            assertThat(shopPage).contains("Hier finden Sie die Läden in der Stadt.").doesNotContain("steal()", "document.title");
            assertThat(get("/").body()).contains("href=\"/page?slug=easy-language\"");

            body = driver.findElement(By.id("page:body"));
            body.clear();
            driver.findElement(By.id("page:save")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.textToBePresentInElementLocated(By.id("page:messages"), "entfernt"));
            assertThat(get("/").body()).doesNotContain("slug=easy-language");
            assertThat(get("/page?slug=easy-language").statusCode()).isEqualTo(404);

            String imprint = get("/page?slug=imprint").body();
            choosePage(browser, "imprint");
            driver.findElement(By.id("page:body")).clear();
            driver.findElement(By.id("page:save")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("form#page .ui-message-error"), "gesetzlich vorgeschrieben"));
            assertThat(get("/page?slug=imprint").body()).isEqualTo(imprint);

            WebElement contact = driver.findElement(By.id("texts:contactEmail"));
            String before = contact.getAttribute("value");
            contact.clear();
            contact.sendKeys("kein Mail");
            driver.findElement(By.id("texts:save")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form#texts .ui-message-error")));
            assertThat(get("/page?slug=imprint").body()).as("nothing saved").isEqualTo(imprint);
            assertThat(ReservationApi.value("SELECT contact_email FROM city_settings")).isEqualTo(before);
        }
    }

    /**
     * The city's own word: a line that is no rule is named and nothing saved; a word tried before saving shows what
     * search will look for as well; after saving, the rebuilt index finds coffee for the dialect word.
     */
    @Test
    void anAdminTeachesSearchALocalWordAndTriesItFirst() throws Exception {
        PlatformIT.awaitSearch("kaffee");
        assertThat(TestPlatform.json(get("/api/v1/search?q=" + TestPlatform.encode("plörre")).body()).get("total").asLong()).isZero();
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            PlatformIT.login(browser, "admin");
            driver.get(baseUrl() + "/portal/admin/search");
            WebElement rules = browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("synonyms:rules")));
            String before = rules.getAttribute("value");
            rules.sendKeys("\nnur ein wort\nplörre => kaffee");
            driver.findElement(By.id("synonyms:save")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("form#synonyms .ui-message-error"), "keine Regel"));
            assertThat(ReservationApi.value("SELECT synonyms FROM city_settings")).doesNotContain("plörre");

            rules = driver.findElement(By.id("synonyms:rules"));
            rules.clear();
            rules.sendKeys(before + "\nplörre => kaffee");
            driver.findElement(By.id("synonyms:word")).sendKeys("Plörre");
            driver.findElement(By.id("synonyms:try")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.textToBePresentInElementLocated(By.id("synonyms:result"),
                    "„Plörre“ findet auch: kaffee"));

            driver.findElement(By.id("synonyms:save")).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.textToBePresentInElementLocated(By.id("synonyms:messages"), "gespeichert"));
        }
        await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1)).until(() ->
                TestPlatform.json(get("/api/v1/search?q=" + TestPlatform.encode("plörre")).body()).get("total").asLong() > 0);
        assertThat(get("/api/v1/search?q=" + TestPlatform.encode("plörre")).body()).containsIgnoringCase("kaffee");
    }

    private static void choosePage(Browser browser, String slug) {
        WebElement menu = browser.driver().findElement(By.id("page-slug"));
        new Select(menu).selectByValue(slug);
        browser.driver().findElement(By.id("open-page")).click();
        browser.waitUpTo(PAGE).until(ExpectedConditions.stalenessOf(menu));
        browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("page:body")));
    }
}
