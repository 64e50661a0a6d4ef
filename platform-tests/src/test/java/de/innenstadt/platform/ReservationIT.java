// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.get;
import static de.innenstadt.platform.TestPlatform.json;
import static de.innenstadt.platform.TestPlatform.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import de.innenstadt.platform.ReservationApi.TestOffer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Click and collect through the public API, against the real MariaDB: exact under concurrency. And
 * the portal's row buttons (the queue, the API keys) acting on the object they were drawn for when
 * the list changed between drawing and clicking.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReservationIT {

    /** The queue and key tests work as this demo merchant; haendler1 is the slip and cancellation tests' own. */
    private static final String MERCHANT = "haendler2";


    @BeforeEach
    void platformIsUp() {
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/health/ready").statusCode() == 200);
    }

    @Test
    void twoHundredConcurrentReservationsOfTenUnitsSucceedExactlyTenTimesTwentyTimesOver() throws Exception {
        TestOffer offer = ReservationApi.offerWithStock(10, 0);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int round = 0; round < 20; round++) {
            try (Connection db = ReservationApi.database()) {
                ReservationApi.setStock(db, offer.offerId(), 10);
            }
            List<CompletableFuture<HttpResponse<String>>> requests = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String key = UUID.randomUUID().toString();
                requests.add(client.sendAsync(ReservationApi.reserve(key, ReservationApi.body(offer, 1, key + "@example.org")),
                        HttpResponse.BodyHandlers.ofString()));
            }
            Map<Integer, Long> statuses = requests.stream().map(CompletableFuture::join)
                    .collect(Collectors.groupingBy(HttpResponse::statusCode, Collectors.counting()));
            assertThat(statuses).as("round %d", round).containsOnly(Map.entry(201, 10L), Map.entry(409, 190L));
            int[] stock = ReservationApi.stock(offer.offerId());
            assertThat(stock[0] - stock[1]).as("available after round %d", round).isZero();
            assertThat(stock[1]).as("held after round %d", round).isEqualTo(10);
        }
    }

    @Test
    void theMerchantConfirmsPreparesAndHandsOverAReservationAndEntersAPhoneReservation() throws Exception {
        TestOffer offer = ReservationApi.offerOfMerchant("haendler1", 6);
        JsonNode online = json(send(ReservationApi.reserve(UUID.randomUUID().toString(),
                ReservationApi.body(offer, 2, "kundin@example.org"))).body());
        String code = online.get("code").asText();
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            PlatformIT.login(browser, "haendler1");
            driver.get(TestPlatform.baseUrl() + "/portal/merchant/reservations");
            for (String[] step : new String[][] {{"button.confirm", "CONFIRMED"}, {"button.ready", "READY"}, {"button.collect", "COLLECTED"}}) {
                WebElement row = rowOf(browser, code);
                row.findElement(By.cssSelector(step[0])).click();
                browser.waitUpTo(Duration.ofSeconds(10)).until(d -> step[1].equals(
                        rowOf(browser, code).findElement(By.cssSelector(".reservation-status")).getAttribute("data-status")));
            }
            assertThat(ReservationApi.stock(offer.offerId())).containsExactly(4, 0);

            String gtin = ReservationApi.value("SELECT p.gtin FROM offer o JOIN product p ON p.id = o.product_id WHERE o.id = "
                    + offer.offerId());
            driver.findElement(By.id("phone:search")).sendKeys(gtin);
            driver.findElement(By.id("phone:find")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("phone:name")));
            driver.findElement(By.id("phone:name")).sendKeys("Herr Müller (Telefon)");
            driver.findElement(By.id("phone:reserve")).click();
            WebElement created = browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                    By.cssSelector("#phone\\:phoneMessages .ui-messages-info-summary")));
            String phoneCode = created.getText().replaceAll(".*: ", "").strip();
            assertThat(phoneCode).matches("[A-Z2-9]{6}");
            String id = ReservationApi.value("SELECT id FROM reservation WHERE code = '" + phoneCode + "' AND channel = 'PHONE'");
            long reservedOffer = Long.parseLong(ReservationApi.value(
                    "SELECT offer_id FROM reservation_item WHERE reservation_id = " + id));
            assertThat(ReservationApi.value("SELECT p.gtin FROM offer o JOIN product p ON p.id = o.product_id WHERE o.id = "
                    + reservedOffer)).isEqualTo(gtin);
            assertThat(ReservationApi.stock(reservedOffer)[1]).as("held by the phone reservation").isEqualTo(1);

            // the slip is a protected view: it opens through the queue's link, which carries the view token
            driver.get(TestPlatform.baseUrl() + "/portal/merchant/reservations");
            Pattern ofThisReservation = Pattern.compile("[?&]id=" + id + "(&|$)");
            String slipLink = browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector("a.slip-link")).stream()
                    .map(link -> link.getAttribute("href"))
                    .filter(href -> ofThisReservation.matcher(href).find())
                    .findFirst().orElse(null));
            driver.get(slipLink);
            assertThat(driver.findElement(By.id("pickup-code")).getText()).isEqualTo(phoneCode);
            assertThat(driver.findElement(By.cssSelector(".qr svg")).getAttribute("aria-label")).contains("/reservation?token=");
        }
    }

    @Test
    void aShopperSearchesReservesSeesTheSlipAndCancels() {
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            reserveTheFirstShoeFound(browser, "Erika Mustermann", "erika.browser@example.org");
            String statusPage = browser.waitUpTo(Duration.ofSeconds(15))
                    .until(ExpectedConditions.elementToBeClickable(By.cssSelector("a.receipt-link"))).getAttribute("href");
            driver.get(statusPage);
            String code = browser.waitUpTo(Duration.ofSeconds(20)).withMessage(() -> statusPage + " shows: " + driver.getPageSource())
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("pickup-code"))).getText();
            assertThat(code).matches("[A-Z2-9]{6}");
            assertThat(driver.findElement(By.cssSelector(".reservation-state")).getAttribute("data-status")).isEqualTo("REQUESTED");
            assertThat(driver.findElement(By.cssSelector(".qr svg")).getAttribute("aria-label")).contains(code);
            assertThat(driver.findElement(By.cssSelector("ul.items")).getText()).as("a German price").matches("(?s).*\\d+,\\d\\d[\\s\\u00a0]€.*");
            driver.findElement(By.id("ask-cancel")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("cancel:cancel"))).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> "CANCELLED".equals(
                    d.findElement(By.cssSelector(".reservation-state")).getAttribute("data-status")));
        }
    }

    /**
     * The status page is no way around the API's limit on guessing reservation links. The guesses come
     * from 127.0.0.5, an address of its own: the limit is kept per address for a minute, and the
     * other tests use 127.0.0.1 (Java) and ::1 (Chromium resolves localhost to it).
     */
    @Test
    void guessingLinksOnTheStatusPageIsLimitedLikeOnTheApi() throws Exception {
        List<Integer> statuses = new ArrayList<>();
        while (statuses.size() < 25 && !statuses.contains(429)) {
            statuses.add(TestPlatform.status(TestPlatform.fromAnotherDevice("/reservation?token=guess-" + UUID.randomUUID())));
        }
        assertThat(statuses).as("unknown links, then the limit").endsWith(429).containsOnly(404, 429).hasSizeLessThanOrEqualTo(21);
        assertThat(TestPlatform.fromAnotherDevice("/reservation?token=guess-" + UUID.randomUUID())).contains("Bitte warten Sie eine Minute");
        assertThat(get("/reservation?token=guess-" + UUID.randomUUID()).statusCode()).as("another address").isEqualTo(404);
    }

    @Test
    void aContactGetsTenReservationsAnHourThroughTheApiAndTheCheckoutPageAlike() throws Exception {
        TestOffer offer = ReservationApi.offerWithStock(20, 6);
        String email = "limit-" + UUID.randomUUID() + "@example.org";
        for (int i = 1; i <= 10; i++) {
            assertThat(send(ReservationApi.reserve(UUID.randomUUID().toString(), ReservationApi.body(offer, 1, email))).statusCode())
                    .as("reservation %d of the hour", i).isEqualTo(201);
        }
        HttpResponse<String> eleventh = send(ReservationApi.reserve(UUID.randomUUID().toString(), ReservationApi.body(offer, 1, email)));
        assertThat(eleventh.statusCode()).isEqualTo(429);

        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            reserveTheFirstShoeFound(browser, "Erika Vielreserviererin", email);
            String alert = browser.waitUpTo(Duration.ofSeconds(15))
                    .until(ExpectedConditions.presenceOfElementLocated(By.id("error-summary"))).getText();
            assertThat(alert).containsAnyOf("zu oft reserviert", "Too many reservations");
            assertThat(driver.findElements(By.id("checkout:reserve"))).as("still on the checkout page").isNotEmpty();
        }
        assertThat(ReservationApi.value("SELECT COUNT(*) FROM reservation WHERE customer_email = '" + email + "'")).isEqualTo("10");
    }

    /** Searches "schuhe", puts the first result in the bag and sends the checkout form. */
    static void reserveTheFirstShoeFound(Browser browser, String name, String email) {
        WebDriver driver = browser.driver();
        driver.get(TestPlatform.baseUrl() + "/search?q=schuhe");
        browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.elementToBeClickable(By.cssSelector("button.reserve-button")))
                .click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(By.id("to-checkout"))).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("checkout:name")))
                .sendKeys(name);
        driver.findElement(By.id("checkout:email")).sendKeys(email);
        driver.findElement(By.id("checkout:reserve")).click();
    }

    @Test
    void aNewShelfCountFromThePortalKeepsWhatIsHeldForReservations() throws Exception {
        String first = ReservationApi.value("SELECT o.id FROM offer o JOIN store s ON s.id = o.store_id JOIN product p ON p.id = o.product_id"
                + " JOIN user_account u ON u.merchant_id = s.merchant_id WHERE u.username = 'haendler1' ORDER BY p.title, o.id LIMIT 1");
        long offerId = Long.parseLong(first);
        long storeId = Long.parseLong(ReservationApi.value("SELECT store_id FROM offer WHERE id = " + offerId));
        try (Connection db = ReservationApi.database()) {
            ReservationApi.setStock(db, offerId, 5);
        }
        TestOffer offer = new TestOffer(offerId, storeId);
        assertThat(send(ReservationApi.reserve(UUID.randomUUID().toString(), ReservationApi.body(offer, 2, "pos@example.org")))
                .statusCode()).isEqualTo(201);
        try (Browser browser = new Browser()) {
            PlatformIT.StockChange change = PlatformIT.changeFirstOfferInPortal(browser);
            assertThat(change.offerId()).isEqualTo(offerId);
            assertThat(change.quantity()).isEqualTo(12);
        }
        assertThat(ReservationApi.stock(offerId)).containsExactly(12, 2);
    }

    private static WebElement rowOf(Browser browser, String code) {
        return browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//span[@class='pickup-code' and text()='" + code + "']/ancestor::tr")));
    }

    @Test
    void aReservationHoldsStockAndCancellingReleasesIt() throws Exception {
        TestOffer offer = ReservationApi.offerWithStock(5, 1);
        HttpResponse<String> created = send(ReservationApi.reserve(UUID.randomUUID().toString(),
                ReservationApi.body(offer, 2, "erika@example.org")));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode reservation = json(created.body());
        assertThat(reservation.get("code").asText()).matches("[ABCDEFGHJKMNPQRSTUVWXYZ2-9]{6}");
        assertThat(reservation.get("status").asText()).isEqualTo("requested");
        assertThat(reservation.get("expiresAt").asText()).isNotBlank();
        assertThat(ReservationApi.stock(offer.offerId())).containsExactly(5, 2);

        String token = reservation.get("token").asText();
        JsonNode status = json(get("/api/v1/reservations/" + token).body());
        assertThat(status.get("items").get(0).get("quantity").asInt()).isEqualTo(2);
        assertThat(status.get("store").get("name").asText()).isNotBlank();

        HttpResponse<String> cancelled = send(HttpRequest.newBuilder(URI.create(TestPlatform.baseUrl()
                + "/api/v1/reservations/" + token + "/cancel")).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(json(cancelled.body()).get("status").asText()).isEqualTo("cancelled");
        assertThat(ReservationApi.stock(offer.offerId())).containsExactly(5, 0);
        HttpResponse<String> again = send(HttpRequest.newBuilder(URI.create(TestPlatform.baseUrl()
                + "/api/v1/reservations/" + token + "/cancel")).POST(HttpRequest.BodyPublishers.noBody()).build());
        assertThat(again.statusCode()).isEqualTo(409);
    }

    @Test
    void anExpiredHoldReleasesTheStockAndEndedReservationsLoseTheirPersonalData() throws Exception {
        TestOffer offer = ReservationApi.offerWithStock(4, 4);
        JsonNode reservation = json(send(ReservationApi.reserve(UUID.randomUUID().toString(),
                ReservationApi.body(offer, 3, "eva@example.org"))).body());
        long id = reservation.get("id").asLong();
        assertThat(ReservationApi.stock(offer.offerId())).containsExactly(4, 3);
        ReservationApi.execute("UPDATE reservation SET expires_at = NOW(3) - INTERVAL 1 MINUTE WHERE id = " + id);
        await().atMost(Duration.ofSeconds(30)).until(() -> "EXPIRED".equals(ReservationApi.value(
                "SELECT status FROM reservation WHERE id = " + id)));
        assertThat(ReservationApi.stock(offer.offerId())).containsExactly(4, 0);
        assertThat(json(get("/api/v1/reservations/" + reservation.get("token").asText()).body()).get("status").asText())
                .isEqualTo("expired");

        ReservationApi.execute("UPDATE reservation SET expired_at = NOW(3) - INTERVAL 31 DAY WHERE id = " + id);
        await().atMost(Duration.ofSeconds(30)).until(() -> ReservationApi.value(
                "SELECT anonymised_at FROM reservation WHERE id = " + id) != null);
        assertThat(ReservationApi.value("SELECT CONCAT_WS('|', customer_name, customer_email, customer_phone) FROM reservation"
                + " WHERE id = " + id)).isEmpty();
        assertThat(ReservationApi.value("SELECT SUM(quantity) FROM reservation_item WHERE reservation_id = " + id)).isEqualTo("3");
        assertThat(ReservationApi.value("SELECT COUNT(*) FROM notification WHERE reservation_id = " + id)).isEqualTo("0");
    }

    @Test
    void theSameIdempotencyKeyReturnsTheFirstReservationAndRefusesAnotherBody() throws Exception {
        TestOffer offer = ReservationApi.offerWithStock(5, 2);
        String key = UUID.randomUUID().toString();
        String body = ReservationApi.body(offer, 1, "max@example.org");
        JsonNode first = json(send(ReservationApi.reserve(key, body)).body());
        HttpResponse<String> repeated = send(ReservationApi.reserve(key, body));
        assertThat(repeated.statusCode()).isEqualTo(201);
        assertThat(json(repeated.body()).get("id").asLong()).isEqualTo(first.get("id").asLong());
        assertThat(ReservationApi.stock(offer.offerId())[1]).isEqualTo(1);
        HttpResponse<String> other = send(ReservationApi.reserve(key, ReservationApi.body(offer, 2, "max@example.org")));
        assertThat(other.statusCode()).isEqualTo(422);
    }

    @Test
    void invalidInputGetsFieldMessagesAndShortagesSayWhatIsLeft() throws Exception {
        TestOffer offer = ReservationApi.offerWithStock(3, 3);
        HttpResponse<String> noContact = send(ReservationApi.reserve(UUID.randomUUID().toString(),
                "{\"storeId\":" + offer.storeId() + ",\"items\":[{\"offerId\":" + offer.offerId()
                        + ",\"quantity\":1}],\"customer\":{\"name\":\"Erika\"}}"));
        assertThat(noContact.statusCode()).isEqualTo(422);
        assertThat(json(noContact.body()).get("fields").has("customer.email")).isTrue();
        assertThat(send(ReservationApi.reserve(UUID.randomUUID().toString(), "{not json")).statusCode()).isEqualTo(422);
        HttpResponse<String> tooMany = send(ReservationApi.reserve(UUID.randomUUID().toString(),
                ReservationApi.body(offer, 4, "erika@example.org")));
        assertThat(tooMany.statusCode()).isEqualTo(409);
        JsonNode shortage = json(tooMany.body());
        assertThat(shortage.get("error").asText()).isEqualTo("insufficient_stock");
        Map<Long, Integer> available = new HashMap<>();
        shortage.get("items").forEach(i -> available.put(i.get("offerId").asLong(), i.get("available").asInt()));
        assertThat(available).containsExactly(Map.entry(offer.offerId(), 3));
        assertThat(get("/api/v1/reservations/" + "x".repeat(43)).statusCode()).isEqualTo(404);
    }

    /**
     * The wrong-row race: a shopper cancels online while the merchant looks at the queue, which
     * moves every row below; the merchant's click must still act on the reservation in the row
     * clicked, and a click on a row that changed meanwhile must say so instead of acting.
     */
    @Test
    void aQueueButtonActsOnTheReservationItWasDrawnForWhenTheListChangedMeanwhile() throws Exception {
        TestOffer offer = ReservationApi.offerOfMerchant(MERCHANT, 6);
        List<JsonNode> created = new ArrayList<>(List.of(ReservationApi.reserveOnline(offer), ReservationApi.reserveOnline(offer), ReservationApi.reserveOnline(offer)));
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            PlatformIT.login(browser, MERCHANT);
            driver.get(TestPlatform.baseUrl() + "/portal/merchant/reservations");
            for (JsonNode reservation : created) {
                row(browser, codeCell(reservation));
            }
            // the queue orders by deadline, then newest first: read the order it drew them in
            List<String> drawn = driver.findElements(By.cssSelector("span.pickup-code")).stream().map(WebElement::getText).toList();
            created.sort(Comparator.comparing(reservation -> drawn.indexOf(reservation.get("code").asText())));
            JsonNode above = created.get(0);
            JsonNode intended = created.get(1);
            JsonNode below = created.get(2);

            ReservationApi.cancelOnline(above);
            row(browser, codeCell(intended)).findElement(By.cssSelector("button.cancel")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.elementToBeClickable(
                    By.cssSelector(".ui-confirmdialog-yes"))).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> status(intended), "CANCELLED"::equals);
            assertThat(status(below)).as("the reservation that moved into the clicked row's place").isEqualTo("REQUESTED");
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("queue:messages"), "Reservierung " + intended.get("code").asText() + " storniert"));

            ReservationApi.cancelOnline(below);
            row(browser, codeCell(below)).findElement(By.cssSelector("button.confirm")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.id("queue:messages"), below.get("code").asText() + " ist inzwischen „Storniert“"));
            assertThat(status(below)).isEqualTo("CANCELLED");
        }
    }

    /** A key created in a second tab moves the first tab's rows; Revoke there must end the key in the row clicked. */
    @Test
    void revokeEndsTheKeyOfTheRowClickedWhenAnotherTabAddedAKey() throws Exception {
        String intended = "Kasse " + UUID.randomUUID();
        String other = "Kasse " + UUID.randomUUID();
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            PlatformIT.login(browser, MERCHANT);
            createKey(browser, intended);
            String firstTab = driver.getWindowHandle();
            driver.switchTo().newWindow(WindowType.TAB);
            createKey(browser, other);
            driver.switchTo().window(firstTab);

            By intendedRow = By.xpath("//table[contains(@class,'api-keys')]//td[text()='" + intended + "']");
            row(browser, intendedRow).findElement(By.cssSelector(".revoke-key")).click();
            await().atMost(Duration.ofSeconds(10)).until(() -> keyRevoked(intended));
            assertThat(keyRevoked(other)).as("the key that moved into the clicked row's place").isFalse();
            assertThat(driver.findElement(By.tagName("body")).getText()).contains("Schlüssel „" + intended + "“ widerrufen.");
        }
    }

    private static By codeCell(JsonNode reservation) {
        return By.xpath("//span[@class='pickup-code' and text()='" + reservation.get("code").asText() + "']");
    }

    private static String status(JsonNode reservation) throws Exception {
        return ReservationApi.value("SELECT status FROM reservation WHERE code = '" + reservation.get("code").asText() + "'");
    }

    private static void createKey(Browser browser, String label) {
        browser.driver().get(TestPlatform.baseUrl() + "/portal/merchant/feeds");
        browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("keys:label")))
                .sendKeys(label);
        browser.driver().findElement(By.id("keys:create")).click();
        browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//table[contains(@class,'api-keys')]//td[text()='" + label + "']")));
    }

    private static boolean keyRevoked(String label) throws Exception {
        return "1".equals(ReservationApi.value("SELECT COUNT(*) FROM api_key WHERE revoked_at IS NOT NULL AND label = '" + label + "'"));
    }

    private static WebElement row(Browser browser, By cell) {
        return browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(cell))
                .findElement(By.xpath("./ancestor::tr"));
    }
}
