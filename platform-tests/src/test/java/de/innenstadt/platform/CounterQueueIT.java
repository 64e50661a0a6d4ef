// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.baseUrl;
import static de.innenstadt.platform.TestPlatform.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The reservation queue at the counter, where the customer says who they are. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CounterQueueIT {

    @BeforeEach
    void platformIsReady() {
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/health/ready").statusCode() == 200);
    }

    /** „K Q J, E Z 5“: the owner types what they hear, in lower case with a space, and presses Enter. */
    @Test
    void theCodeTheCustomerSaysFindsTheirReservationAndEnterPressesNoQueueButton() throws Exception {
        JsonNode other = ReservationApi.reserveOnline(ReservationApi.offerOfMerchant("haendler1", 6));
        JsonNode wanted = ReservationApi.reserveOnline(ReservationApi.offerOfMerchant("haendler1", 6));
        String code = wanted.get("code").asText();
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            PlatformIT.login(browser, "haendler1");
            driver.get(baseUrl() + "/portal/merchant/reservations");
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("find:search")))
                    .sendKeys(code.substring(0, 3).toLowerCase() + " " + code.substring(3).toLowerCase(), Keys.ENTER);

            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector(".search-result"), "Eine Reservierung passt"));
            assertThat(driver.findElements(By.cssSelector(".queue-table .pickup-code"))).singleElement()
                    .satisfies(cell -> assertThat(cell.getText()).isEqualTo(code));
            assertThat(ReservationApi.value("SELECT status FROM reservation WHERE id = " + wanted.get("id").asLong()))
                    .as("Enter searched, it did not confirm").isEqualTo("REQUESTED");

            driver.findElement(By.id("find:all")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".queue-table .pickup-code")).stream()
                    .anyMatch(cell -> cell.getText().equals(other.get("code").asText())));
        }
    }

    /** A merchant with two stores (the demo's haendler1) works the counter of one of them. */
    @Test
    void aMerchantWithTwoStoresSeesEachReservationsStoreAndCanKeepToOne() throws Exception {
        List<String> storeIds = List.of(ReservationApi.value("SELECT MIN(s.id) FROM store s JOIN user_account u"
                + " ON u.merchant_id = s.merchant_id WHERE u.username = 'haendler1'"), ReservationApi.value("SELECT MAX(s.id)"
                + " FROM store s JOIN user_account u ON u.merchant_id = s.merchant_id WHERE u.username = 'haendler1'"));
        assertThat(storeIds.get(0)).isNotEqualTo(storeIds.get(1));
        for (String storeId : storeIds) {
            long offerId = Long.parseLong(ReservationApi.value("SELECT MIN(id) FROM offer WHERE store_id = " + storeId));
            try (Connection db = ReservationApi.database()) {
                ReservationApi.setStock(db, offerId, 6);
            }
            ReservationApi.reserveOnline(new ReservationApi.TestOffer(offerId, Long.parseLong(storeId)));
        }
        String secondStore = ReservationApi.value("SELECT name FROM store WHERE id = " + storeIds.get(1));
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            PlatformIT.login(browser, "haendler1");
            driver.get(baseUrl() + "/portal/merchant/reservations");
            browser.waitUpTo(Duration.ofSeconds(15)).until(d -> d.findElements(By.cssSelector(".queue-table .store-name")).stream()
                    .map(WebElement::getText).distinct().count() == 2);

            new Select(driver.findElement(By.id("find:store"))).selectByVisibleText(secondStore);

            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> d.findElements(By.cssSelector(".queue-table .store-name")).stream()
                    .map(WebElement::getText).allMatch(secondStore::equals));
            assertThat(driver.findElements(By.cssSelector(".queue-table .store-name"))).isNotEmpty();
        }
    }

    /** The owner has the queue open while serving; a shopper reserves online; the next refresh says so. */
    @Test
    void aReservationThatComesInWhileTheQueueIsOpenIsAnnounced() throws Exception {
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            String atTheCounter = ReservationApi.reserveOnline(ReservationApi.offerOfMerchant("haendler1", 7)).get("code").asText();
            String atTheCounterId = ReservationApi.value("SELECT id FROM reservation WHERE code = '" + atTheCounter + "'");
            PlatformIT.login(browser, "haendler1");
            driver.get(baseUrl() + "/portal/merchant/reservations");
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("find:search")));
            // the owner has tabbed to „Bestätigen“ of the customer at the counter when another reservation comes in
            ((JavascriptExecutor) driver).executeScript("arguments[0].focus();",
                    driver.findElement(By.cssSelector("[data-reservation='" + atTheCounterId + "'][data-action='confirm']")));

            String code = ReservationApi.reserveOnline(ReservationApi.offerOfMerchant("haendler1", 6)).get("code").asText();

            String announced = browser.waitUpTo(Duration.ofSeconds(40)).until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("[id='queue:messages'] .ui-messages-info"))).getText();
            assertThat(announced).contains("Neue Reservierung", code);
            WebElement focused = driver.switchTo().activeElement();
            assertThat(focused.getAttribute("data-reservation") + " " + focused.getAttribute("data-action"))
                    .as("the redrawn list keeps the focus on the reservation it was on, not on its row number")
                    .isEqualTo(atTheCounterId + " confirm");
            long waiting = Long.parseLong(ReservationApi.value("SELECT COUNT(*) FROM reservation r JOIN store s ON s.id = r.store_id"
                    + " JOIN user_account u ON u.merchant_id = s.merchant_id WHERE u.username = 'haendler1' AND r.status = 'REQUESTED'"));
            assertThat(driver.findElement(By.id("queue-badge")).getAttribute("data-count")).isEqualTo(String.valueOf(waiting));
            assertThat(driver.findElement(By.cssSelector("#queue-badge .nav-badge")).getAttribute("textContent"))
                    .as("the number beside the menu entry, named for screen readers")
                    .isEqualToIgnoringWhitespace(", " + waiting + " neu, noch zu bestätigen");
            assertThat(driver.getTitle()).as("a tab in the background shows it").startsWith("(" + waiting + ") ");
        }
    }

    /**
     * A shop with a long history (150 collected reservations and one that came in today): the queue
     * draws 100 rows with the open one first, says there are older ones, and „show 100 more“ adds them.
     */
    @Test
    void aLongHistoryIsShownAHundredAtATimeWithTheOpenOnesFirst() throws Exception {
        String name = "queue-" + UUID.randomUUID().toString().substring(0, 8);
        ReservationApi.execute("INSERT INTO merchant (slug, name, feed_mode) VALUES ('" + name + "', 'Laden mit Geschichte', 'DELTA')");
        String merchant = ReservationApi.value("SELECT id FROM merchant WHERE slug = '" + name + "'");
        ReservationApi.execute("INSERT INTO store (merchant_id, code, name, street, house_number, postal_code, city, lat, lon)"
                + " VALUES (" + merchant + ", 'G1', 'Laden mit Geschichte', 'Marktstraße', '3', '67655', 'Kaiserslautern', 49.4441, 7.7691)");
        String store = ReservationApi.value("SELECT id FROM store WHERE merchant_id = " + merchant);
        ReservationApi.execute("INSERT INTO reservation (store_id, code, token, status, channel, customer_name, created_at, expires_at,"
                + " collected_at) SELECT " + store + ", CONCAT('H', LPAD(seq, 5, '0')), RPAD(CONCAT('" + name + "-', seq), 43, 'x'),"
                + " 'COLLECTED', 'ONLINE', 'Kundin', NOW() - INTERVAL seq DAY, NOW() - INTERVAL seq DAY + INTERVAL 2 DAY,"
                + " NOW() - INTERVAL seq DAY + INTERVAL 1 DAY FROM seq_1_to_150");
        ReservationApi.execute("INSERT INTO reservation (store_id, code, token, status, channel, customer_name, expires_at) VALUES ("
                + store + ", 'NEUQ7A', RPAD('" + name + "-open', 43, 'x'), 'REQUESTED', 'PHONE', 'Herr Neu', NOW() + INTERVAL 2 DAY)");
        ReservationApi.execute("INSERT INTO user_account (username, email, display_name, password_hash, role, merchant_id)"
                + " SELECT '" + name + "', '" + name + "@example.org', 'Test', password_hash, role, " + merchant
                + " FROM user_account WHERE username = 'haendler2'");
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            PlatformIT.login(browser, name);
            driver.get(baseUrl() + "/portal/merchant/reservations");
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("queue:show-more")));

            // the queue redraws itself every few seconds: read each list in one go, not element by element
            List<String> codes = browser.texts(".queue-table .pickup-code");
            assertThat(codes).hasSize(100);
            assertThat(codes.get(0)).as("the open reservation first").isEqualTo("NEUQ7A");
            assertThat(driver.findElement(By.id("queue:more")).getText()).contains("100");

            driver.findElement(By.id("queue:show-more")).click();

            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> browser.texts(".queue-table .pickup-code").size() == 151);
            assertThat(driver.findElements(By.id("queue:show-more"))).as("nothing older left").isEmpty();

            new Select(driver.findElement(By.id("find:states"))).selectByVisibleText("Nur offene");
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> browser.texts(".queue-table .pickup-code").equals(List.of("NEUQ7A")));
            new Select(driver.findElement(By.id("find:states"))).selectByVisibleText("Abgeholte");
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> browser.texts(".queue-table .pickup-code").size() == 150);
            assertThat(browser.texts(".queue-table .reservation-status")).containsOnly("Abgeholt");
        }
    }
}
