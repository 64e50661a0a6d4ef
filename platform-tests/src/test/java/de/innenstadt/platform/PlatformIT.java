// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.baseUrl;
import static de.innenstadt.platform.TestPlatform.encode;
import static de.innenstadt.platform.TestPlatform.get;
import static de.innenstadt.platform.TestPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The whole platform as it runs: both WARs on Payara Micro, the demo city centre loaded into a real
 * MariaDB and indexed into a real Elasticsearch, exercised through HTTP and a real browser.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformIT {

    /** Demo data and the first full index build take a while after deployment. */
    private static final Duration STARTUP = Duration.ofMinutes(2);

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestPlatform.shopWeb();
    }

    @Test
    void readinessReportsDatabaseAndElasticsearch() {
        await().atMost(STARTUP).until(() -> get("/health/ready").statusCode() == 200);
        JsonNode health = json(get("/health/ready").body());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("checks").findValuesAsText("name")).contains("database", "elasticsearch");
    }

    @Test
    void searchFindsDemoShoesAcrossShops() {
        JsonNode result = awaitSearch("schuhe");
        assertThat(result.get("total").asLong()).isPositive();
        JsonNode hit = result.get("hits").get(0);
        assertThat(hit.get("title").asText()).isNotBlank();
        JsonNode offer = hit.get("offers").get(0);
        assertThat(offer.get("price").asText()).matches("\\d+\\.\\d{2}");
        assertThat(offer.get("availability").asText()).isIn("in_stock", "limited", "out_of_stock");
        assertThat(result.get("facets").get("category")).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"size=100000", "radiusKm=-1&lat=49.44&lon=7.77", "lat=abc&lon=7", "page=-1",
            "priceMin=abc", "sort=cheapest", "inStock=perhaps"})
    void badParametersGetAClearBadRequest(String query) {
        HttpResponse<String> response = get("/api/v1/search?q=schuhe&" + query);
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode error = json(response.body());
        assertThat(error.get("error").asText()).isEqualTo("bad_request");
        assertThat(error.get("message").asText()).isNotBlank();
    }

    @Test
    void aHugeQueryIsRefusedBeforeItReachesElasticsearch() {
        HttpResponse<String> response = get("/api/v1/search?q=" + "a".repeat(10_000));
        assertThat(response.statusCode()).isIn(400, 414);
    }

    @Test
    void shopperSearchesInTheBrowserAndSeesResults() {
        awaitSearch("schuhe");
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.get(baseUrl() + "/");
            driver.findElement(By.id("q")).sendKeys("Schuhe");
            driver.findElement(By.cssSelector("form.search-form button")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.urlContains("/search?q=Schuhe"));
            List<WebElement> products = driver.findElements(By.cssSelector("li.product"));
            assertThat(products).isNotEmpty();
            assertThat(products.get(0).findElement(By.cssSelector(".offer .store")).getText()).isNotBlank();
        }
    }

    @Test
    void merchantChangesStockInThePortalAndSearchShowsItWithinTwoSeconds() {
        awaitSearch("schuhe");
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            driver.get(baseUrl() + "/portal/");
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
            driver.findElement(By.id("login:username")).sendKeys("haendler1");
            driver.findElement(By.id("login:password"))
                    .sendKeys(TestPlatform.DEMO_PASSWORD);
            driver.findElement(By.id("login:submit")).click();
            browser.waitUpTo(Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href$='/merchant/offers']")));
            driver.get(baseUrl() + "/portal/merchant/offers");
            WebElement title = browser.waitUpTo(Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".offer-title[data-offer-id]")));
            long offerId = Long.parseLong(title.getAttribute("data-offer-id"));
            WebElement firstRow = title.findElement(By.xpath("./ancestor::tr"));
            String gtin = firstRow.findElement(By.cssSelector("td.offer-gtin")).getText().strip();
            WebElement quantity = firstRow.findElement(By.cssSelector("input.quantity-input"));
            int newQuantity = Integer.parseInt(quantity.getAttribute("value")) + 7;
            quantity.clear();
            quantity.sendKeys(String.valueOf(newQuantity));
            firstRow.findElement(By.cssSelector("button.save-quantity")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".ui-growl"), String.valueOf(newQuantity)));
            long saved = System.nanoTime();
            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100))
                    .until(() -> quantityInSearch(gtin, offerId) == newQuantity);
            assertThat(Duration.ofNanos(System.nanoTime() - saved)).isLessThanOrEqualTo(Duration.ofSeconds(2));
        }
    }

    /** The quantity the search API shows for one offer of the product with this GTIN, or -1. */
    private static int quantityInSearch(String gtin, long offerId) {
        for (JsonNode hit : json(get("/api/v1/search?q=" + gtin).body()).get("hits")) {
            for (JsonNode offer : hit.get("offers")) {
                if (offer.get("offerId").asLong() == offerId) {
                    return offer.get("quantity").asInt();
                }
            }
        }
        return -1;
    }

    private static JsonNode awaitSearch(String query) {
        await().atMost(STARTUP).pollInterval(Duration.ofSeconds(1)).until(() -> {
            HttpResponse<String> response = get("/api/v1/search?q=" + encode(query));
            return response.statusCode() == 200 && json(response.body()).get("total").asLong() > 0;
        });
        return json(get("/api/v1/search?q=" + encode(query)).body());
    }
}
