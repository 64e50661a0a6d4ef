// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.get;
import static de.innenstadt.platform.TestPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * What shoppers type, typed into the page in headless Chromium: words with umlauts and ß give the
 * page the same hits as the API, and a brand with umlauts chosen as a filter keeps its spelling.
 * The page once read its query string as ISO-8859-1 and answered „0 Produkte für „MÃ¼sli““.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchTypingIT {

    private static final Duration PAGE = Duration.ofSeconds(15);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestPlatform.shopWeb();
    }

    @BeforeEach
    void platformIsUp() {
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/health/ready").statusCode() == 200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Müsli", "Käse", "Fußball", "Kopfhörer", "Pfälzer Landküche"})
    void typedWordsWithUmlautsFindWhatTheApiFinds(String words) {
        List<Long> fromApi = productIds(json(get("/api/v1/search?size=20&q=" + encode(words)).body()));
        assertThat(fromApi).as("the API finds %s", words).isNotEmpty();
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.get(TestPlatform.baseUrl() + "/");
            WebElement box = browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("q")));
            box.sendKeys(words);
            box.sendKeys(Keys.ENTER);
            WebElement heading = browser.waitUpTo(PAGE).until(
                    ExpectedConditions.presenceOfElementLocated(By.id("results-heading")));
            assertThat(heading.getText()).contains(words).doesNotContain("Ã");
            assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo(words);
            assertThat(productIdsOnPage(driver)).isEqualTo(fromApi);
        }
    }

    @Test
    void aBrandWithUmlautsChosenAsFilterKeepsItsSpelling() {
        String brand = "Pfälzer Landküche";
        long fromApi = json(get("/api/v1/search?size=1&q=&brand=" + encode(brand)).body()).get("total").asLong();
        assertThat(fromApi).isPositive();
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.get(TestPlatform.baseUrl() + "/search?q=" + encode("Landküche"));
            browser.waitUpTo(PAGE).until(ExpectedConditions.presenceOfElementLocated(By.id("results-heading")));
            driver.findElements(By.cssSelector("ul.facet a")).stream()
                    .filter(link -> link.getText().startsWith(brand + " ("))
                    .findFirst().orElseThrow(() -> new AssertionError("no brand filter " + brand)).click();
            browser.waitUpTo(PAGE).until(ExpectedConditions.urlContains("brand="));
            assertThat(driver.findElement(By.cssSelector("ul.applied-filters")).getText()).contains(brand);
            assertThat(driver.findElement(By.cssSelector("a[aria-current='true']")).getText()).startsWith(brand + " (");
            List<WebElement> brands = driver.findElements(By.cssSelector(".product-brand"));
            assertThat(brands).isNotEmpty().allSatisfy(shown -> assertThat(shown.getText()).isEqualTo(brand));
        }
    }

    private static List<Long> productIds(JsonNode answer) {
        List<Long> ids = new ArrayList<>();
        answer.get("hits").forEach(hit -> ids.add(hit.get("productId").asLong()));
        return ids;
    }

    private static List<Long> productIdsOnPage(WebDriver driver) {
        return driver.findElements(By.cssSelector("a.product-link")).stream()
                .map(link -> link.getAttribute("href"))
                .map(href -> Long.valueOf(href.replaceAll(".*[?&]id=(\\d+).*", "$1")))
                .toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
