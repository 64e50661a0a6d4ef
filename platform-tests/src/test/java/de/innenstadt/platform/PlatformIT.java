// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.baseUrl;
import static de.innenstadt.platform.TestPlatform.encode;
import static de.innenstadt.platform.TestPlatform.get;
import static de.innenstadt.platform.TestPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
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
@NeedsAQuietMachine
class PlatformIT {

    /** Demo data and the first full index build take a while after deployment. */
    private static final Duration STARTUP = Duration.ofMinutes(2);


    @Test
    void readinessReportsDatabaseAndElasticsearch() {
        await().atMost(STARTUP).until(() -> get("/health/ready").statusCode() == 200);
        JsonNode health = json(get("/health/ready").body());
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("checks").findValuesAsText("name")).contains("database", "elasticsearch");
        JsonNode search = health.get("checks").findParents("name").stream()
                .filter(check -> check.get("name").asText().equals("elasticsearch")).findFirst().orElseThrow();
        assertThat(search.get("data").get("search").asText()).isEqualTo("up");
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

    /** What JAX-RS itself refuses comes as the API's JSON error too, never as the server's HTML page. */
    @Test
    void everyRefusalOfTheApiIsJson() {
        HttpResponse<String> notJson = TestPlatform.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/reservations"))
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("hallo")).build());
        HttpResponse<String> wrongMethod = TestPlatform.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/search?q=tee"))
                .DELETE().build());
        HttpResponse<String> noSuchPath = get("/api/v1/gibt-es-nicht");
        for (HttpResponse<String> answer : List.of(notJson, wrongMethod, noSuchPath)) {
            assertThat(answer.headers().firstValue("Content-Type")).as(answer.uri().toString())
                    .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
            assertThat(json(answer.body()).get("error").asText()).isNotBlank();
        }
        assertThat(List.of(notJson.statusCode(), wrongMethod.statusCode(), noSuchPath.statusCode())).containsExactly(415, 405, 404);
        assertThat(wrongMethod.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET"));
    }

    /** Heap, threads and pools are nobody's business: /metrics asks for credentials nobody has. */
    @Test
    void metricsAreNotPublic() {
        HttpResponse<String> metrics = get("/metrics");
        assertThat(metrics.statusCode()).as(metrics.body()).isIn(401, 403, 404);
    }

    /**
     * Instances share nothing in memory (docs/operations.md): no Hazelcast data grid answers on its ports (5900 up
     * in Payara 5, 6900 up in Payara 6), where anyone in the network could join it.
     */
    @Test
    void anInstanceOpensNoPortButHttp() {
        for (int port : new int[] {5900, 5901, 6900, 6901, 6902}) {
            assertThatThrownBy(() -> new Socket("127.0.0.1", port).close()).as("port " + port).isInstanceOf(ConnectException.class);
        }
    }

    @Test
    void thePublicApiIsDescribedWithOpenApi() {
        await().atMost(STARTUP).until(() -> get("/openapi").body().contains("/api/v1/search"));
        String document = get("/openapi").body();
        assertThat(document).contains("Innenstadt public API", "/api/v1/suggest", "EUPL-1.2");
    }

    @Test
    void suggestionsCompleteWhatWasTyped() {
        awaitSearch("schuhe");
        JsonNode answer = json(get("/api/v1/suggest?q=" + encode("Kaffeem")).body());
        assertThat(answer.get("suggestions")).isNotEmpty().hasSizeLessThanOrEqualTo(8);
        answer.get("suggestions").forEach(title -> assertThat(title.asText()).containsIgnoringCase("kaffeem"));
        assertThat(get("/api/v1/suggest?q=" + "a".repeat(300)).statusCode()).isEqualTo(400);
    }

    @Test
    void searchesThatFindNothingAreCountedWithoutAnythingAboutThePerson() throws Exception {
        awaitSearch("schuhe");
        String nonsense = "quarkstrudelpumpe" + System.nanoTime();
        assertThat(json(get("/api/v1/search?q=" + nonsense).body()).get("total").asLong()).isZero();
        String url = "jdbc:mariadb://127.0.0.1:" + System.getProperty("innenstadt.it.db.port") + "/" + TestPlatform.DATABASE;
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250)).until(() -> {
            try (Connection connection = DriverManager.getConnection(url, "root", "");
                 PreparedStatement query = connection.prepareStatement("SELECT hits FROM search_log WHERE query = ?")) {
                query.setString(1, nonsense);
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() && rows.getInt(1) == 0;
                }
            }
        });
        try (Connection connection = DriverManager.getConnection(url, "root", "");
             ResultSet columns = connection.getMetaData().getColumns(TestPlatform.DATABASE, null, "search_log", null)) {
            List<String> names = new ArrayList<>();
            while (columns.next()) {
                names.add(columns.getString("COLUMN_NAME"));
            }
            assertThat(names).containsExactlyInAnyOrder("id", "query", "hits", "occurred_at");
        }
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
            StockChange change = changeFirstOfferInPortal(browser);
            long saved = System.nanoTime();
            await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100))
                    .until(() -> quantityInSearch(change.gtin(), change.offerId()) == change.quantity());
            assertThat(Duration.ofNanos(System.nanoTime() - saved)).isLessThanOrEqualTo(Duration.ofSeconds(2));
        }
    }

    @Test
    void whileElasticsearchIsDownSearchSays503TheRestWorksAndTheIndexCatchesUpAfterwards() throws Exception {
        awaitSearch("schuhe");
        StockChange change;
        PlatformBackends.stopElasticsearch();
        try (Browser browser = new Browser()) {
            HttpResponse<String> api = get("/api/v1/search?q=schuhe");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(json(api.body()).get("error").asText()).isEqualTo("search_unavailable");
            HttpResponse<String> page = get("/search?q=schuhe");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("class=\"notice\"");
            // the instance stays in the balancer: pages, reservations and the portal still work
            HttpResponse<String> ready = get("/health/ready");
            assertThat(ready.statusCode()).isEqualTo(200);
            assertThat(json(ready.body()).get("checks").findParents("name").stream()
                    .filter(check -> check.get("name").asText().equals("elasticsearch"))
                    .map(check -> check.get("data").get("search").asText())).as("in both web applications").containsOnly("down");
            ReservationApi.reserveOnline(ReservationApi.offerWithStock(3, 7));
            change = changeFirstOfferInPortal(browser);
        } finally {
            PlatformBackends.restartElasticsearch();
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> quantityInSearch(change.gtin(), change.offerId()) == change.quantity());
        assertThat(get("/health/ready").statusCode()).isEqualTo(200);
    }

    @Test
    void rebuildingTheIndexKeepsSearchAnsweringAndSwapsTheAlias() throws Exception {
        awaitSearch("schuhe");
        String before = liveIndex();
        AtomicInteger answered = new AtomicInteger();
        List<String> failures = new CopyOnWriteArrayList<>();
        // a shopper's pace, ten searches a second: asking as fast as the client can takes the two cores from the rebuild
        ScheduledExecutorService searcher = Executors.newSingleThreadScheduledExecutor();
        searcher.scheduleWithFixedDelay(() -> {
            try {
                HttpResponse<String> response = get("/api/v1/search?q=schuhe&size=5");
                if (response.statusCode() != 200 || json(response.body()).get("total").asLong() == 0) {
                    failures.add(response.statusCode() + " " + response.body());
                }
                answered.incrementAndGet();
            } catch (RuntimeException e) {
                failures.add(e.toString()); // kept for the assertion below; a thrown exception would end the schedule silently
            }
        }, 0, 100, TimeUnit.MILLISECONDS);
        try (Browser browser = new Browser()) {
            login(browser, "admin");
            browser.driver().get(baseUrl() + "/portal/admin/search");
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.id("index:rebuild"))).click();
            // the page may still show an earlier rebuild's outcome (CityPagesIT saves synonyms): wait for the swap itself
            await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(500)).until(() -> !liveIndex().equals(before));
            browser.waitUpTo(Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".index-done")));
        } finally {
            searcher.shutdown();
            assertThat(searcher.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(failures).isEmpty();
        assertThat(answered.get()).isGreaterThan(5);
        assertThat(liveIndex()).isNotEqualTo(before);
    }

    /** An offer whose shelf count a merchant changed in the portal. */
    record StockChange(long offerId, String gtin, int quantity) {
    }

    /** Logs in as the first demo merchant and raises the count of the first offer in the list by 7. */
    static StockChange changeFirstOfferInPortal(Browser browser) {
        WebDriver driver = browser.driver();
        login(browser, "haendler1");
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
        return new StockChange(offerId, gtin, newQuantity);
    }

    static void login(Browser browser, String username) {
        WebDriver driver = browser.driver();
        driver.get(baseUrl() + "/portal/login");
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("login:username")));
        driver.findElement(By.id("login:username")).sendKeys(username);
        driver.findElement(By.id("login:password")).sendKeys(TestPlatform.DEMO_PASSWORD);
        driver.findElement(By.id("login:submit")).click();
        browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("logout:logout")));
    }

    /** The concrete index behind the search alias, asked of Elasticsearch directly. */
    private static String liveIndex() {
        HttpResponse<String> response = TestPlatform.send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + System.getProperty("innenstadt.it.elasticsearch.port") + "/_alias/innenstadt-products"))
                .GET().build());
        return json(response.body()).fieldNames().next();
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

    /** Waits until search answers this query with hits (the index is built in the background after start-up). */
    static JsonNode awaitSearch(String query) {
        await().atMost(STARTUP).pollInterval(Duration.ofSeconds(1)).until(() -> {
            HttpResponse<String> response = get("/api/v1/search?q=" + encode(query));
            return response.statusCode() == 200 && json(response.body()).get("total").asLong() > 0;
        });
        return json(get("/api/v1/search?q=" + encode(query)).body());
    }
}
