// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.baseUrl;
import static de.innenstadt.platform.TestPlatform.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A shopper has their details erased early from the status page, without JavaScript: not while the
 * shop still needs the name, not without ticking that they mean it, and then at once — name, e-mail
 * and phone gone from the database, the reservation kept for the statistics.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShopperErasureIT {

    @BeforeEach
    void platformIsReady() {
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/health/ready").statusCode() == 200);
    }

    @Test
    void aShopperErasesTheirDetailsOnceTheReservationHasEnded() throws Exception {
        JsonNode reservation = ReservationApi.reserveOnline(ReservationApi.offerOfMerchant("haendler2", 6));
        String id = reservation.get("id").asText();
        String page = baseUrl() + "/reservation?token=" + reservation.get("token").asText();
        try (Browser browser = Browser.withoutJavaScript()) {
            WebDriver driver = browser.driver();
            driver.get(page);
            assertThat(driver.findElement(By.cssSelector(".your-data")).getText()).containsPattern("\\d+ Tage nach dem Ende der Reservierung");
            assertThat(driver.findElements(By.id("erase:erase"))).as("the shop still needs the name").isEmpty();

            ReservationApi.cancelOnline(reservation);
            driver.get(page);
            driver.findElement(By.id("erase:erase")).click();
            assertThat(browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("erase:sure-error")))
                    .getText()).isEqualTo("Bitte bestätigen Sie zuerst, dass Ihre Angaben gelöscht werden sollen.");
            assertThat(ReservationApi.value("SELECT customer_email FROM reservation WHERE id = " + id)).isNotNull();

            driver.findElement(By.id("erase:sure")).click();
            driver.findElement(By.id("erase:erase")).click();
            assertThat(browser.waitUpTo(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("erased")))
                    .getText()).startsWith("Ihre Angaben (Name, E-Mail, Telefon) sind gelöscht.");
            assertThat(driver.findElements(By.id("erase:erase"))).isEmpty();
        }
        assertThat(ReservationApi.value("SELECT CONCAT_WS('/', COALESCE(customer_name, '-'), COALESCE(customer_email, '-'),"
                + " COALESCE(customer_phone, '-'), status, anonymised_at IS NOT NULL) FROM reservation WHERE id = " + id))
                .isEqualTo("-/-/-/CANCELLED/1");
        assertThat(ReservationApi.value("SELECT COUNT(*) FROM reservation_item WHERE reservation_id = " + id))
                .as("the items stay for the statistics").isEqualTo("1");
    }
}
