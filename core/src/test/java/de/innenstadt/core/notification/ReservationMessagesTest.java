// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.notification;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.core.inventory.Money;
import de.innenstadt.core.merchant.GeoPoint;
import de.innenstadt.core.merchant.Merchant;
import de.innenstadt.core.merchant.OpeningInterval;
import de.innenstadt.core.merchant.PostalAddress;
import de.innenstadt.core.merchant.Store;
import de.innenstadt.core.reservation.Channel;
import de.innenstadt.core.reservation.Customer;
import de.innenstadt.core.reservation.Reservation;
import de.innenstadt.core.reservation.ReservationItem;
import de.innenstadt.core.reservation.ReservationStatus;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReservationMessagesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String TOKEN = "t".repeat(43);
    /** Wednesday, 13 May 2026, 18:15 in Berlin (summer time, UTC+2). */
    private static final Instant DEADLINE = Instant.parse("2026-05-13T16:15:00Z");
    /** Monday, 11 May 2026, 18:15 in Berlin: the hold of 48 hours runs from here. */
    private static final Instant READY_FROM = DEADLINE.minusSeconds(48 * 3600);

    private final ReservationMessages messages = new ReservationMessages(BERLIN, Set.of(), "https://innenstadt.example/");

    @Test
    void theShoppersReceiptSaysWhatHappenedWithCodeDeadlineInCityTimeAddressItemsAndStatusLink() {
        Reservation reservation = reservation(Channel.ONLINE, "erika@example.org");

        ReservationMessages.Message message = messages.compose(reservation, ReservationStatus.REQUESTED, Audience.SHOPPER)
                .orElseThrow();

        assertThat(message.subject()).isEqualTo(
                "Reservierung eingegangen: Schuhhaus Muster, Code K7PX2M / Reservation received");
        String body = message.body();
        assertThat(body).startsWith("Hallo Erika Mustermann,\n\nIhre Reservierung bei Schuhhaus Muster ist eingegangen.")
                .contains("Abholcode: K7PX2M\n")
                .contains("Abholbereit ab: Montag, 11. Mai 2026, 18:15 Uhr\n")
                .contains("Abholen bis: Mittwoch, 13. Mai 2026, 18:15 Uhr\n")
                .contains("Geschäft: Schuhhaus Muster, Marktstraße 12, 67655 Kaiserslautern\n")
                .contains("Öffnungszeiten am Mittwoch, 13. Mai: 10:00–13:00, 14:00–18:30 Uhr\n")
                .contains("Hinweis des Geschäfts: Abholung an der Kasse im Erdgeschoss\n")
                .contains("- 2 × Laufschuh Alpha, je 89,95 €\n")
                .contains("Stand ansehen oder stornieren: https://innenstadt.example/reservation?token=" + TOKEN + "\n")
                .contains("Ready for pickup from: Monday, 11 May 2026, 18:15\n")
                .contains("Collect by: Wednesday, 13 May 2026, 18:15\n")
                .contains("Opening hours on Wednesday, 13 May: 10:00–13:00, 14:00–18:30\n")
                .contains("- 2 × Laufschuh Alpha, each €89.95\n")
                .endsWith("Please give the pickup code when you collect.");
        assertThat(body.indexOf("Abholcode")).as("German first").isLessThan(body.indexOf("English"));
        assertThat(body.indexOf("English")).isLessThan(body.indexOf("Pickup code: K7PX2M"));
    }

    @Test
    void theMerchantLearnsOfANewOnlineReservationWithTheCustomersContactButNotTheShoppersLink() {
        Reservation reservation = reservation(Channel.ONLINE, "erika@example.org");

        ReservationMessages.Message message = messages.compose(reservation, ReservationStatus.REQUESTED, Audience.MERCHANT)
                .orElseThrow();

        assertThat(message.subject()).isEqualTo("Neue Reservierung: Schuhhaus Muster, Code K7PX2M / New reservation");
        assertThat(message.body())
                .startsWith("Guten Tag,\n\nEs gibt eine neue Reservierung für Schuhhaus Muster.")
                .contains("Abholcode: K7PX2M\n", "Abholen bis: Mittwoch, 13. Mai 2026, 18:15 Uhr\n",
                        "Kunde: Erika Mustermann\n", "Kontakt: erika@example.org, 0631 123456\n",
                        "- 2 × Laufschuh Alpha, je 89,95 €\n", "Händlerportal: https://innenstadt.example/portal/",
                        "Customer: Erika Mustermann\n", "Merchant portal: https://innenstadt.example/portal/")
                .doesNotContain(TOKEN);
    }

    @Test
    void eachSideHearsOnlyOfWhatConcernsIt() {
        Reservation online = reservation(Channel.ONLINE, "erika@example.org");
        assertThat(List.of(ReservationStatus.values()))
                .filteredOn(s -> ReservationMessages.notifies(Audience.SHOPPER, s, online))
                .containsExactly(ReservationStatus.REQUESTED, ReservationStatus.CONFIRMED, ReservationStatus.READY,
                        ReservationStatus.CANCELLED, ReservationStatus.EXPIRED);
        assertThat(List.of(ReservationStatus.values()))
                .filteredOn(s -> ReservationMessages.notifies(Audience.MERCHANT, s, online))
                .containsExactly(ReservationStatus.REQUESTED, ReservationStatus.EXPIRED);

        Reservation byPhone = reservation(Channel.PHONE, null);
        assertThat(ReservationMessages.notifies(Audience.MERCHANT, ReservationStatus.REQUESTED, byPhone))
                .as("the merchant typed it in").isFalse();
        assertThat(messages.compose(online, ReservationStatus.COLLECTED, Audience.SHOPPER)).isEmpty();
    }

    @Test
    void aCancellationTellsTheMerchantOnlyWhenTheShopperCancelled() {
        Reservation byShopper = reservation(Channel.ONLINE, "erika@example.org");
        byShopper.moveTo(ReservationStatus.CANCELLED, DEADLINE.minusSeconds(3600), "SHOPPER");
        Reservation byMerchant = reservation(Channel.ONLINE, "erika@example.org");
        byMerchant.moveTo(ReservationStatus.CANCELLED, DEADLINE.minusSeconds(3600), "MERCHANT");

        assertThat(messages.compose(byShopper, ReservationStatus.CANCELLED, Audience.MERCHANT).orElseThrow().body())
                .contains("Der Kunde hat die Reservierung storniert.");
        assertThat(messages.compose(byShopper, ReservationStatus.CANCELLED, Audience.SHOPPER).orElseThrow().body())
                .contains("Sie haben Ihre Reservierung storniert.");
        assertThat(messages.compose(byMerchant, ReservationStatus.CANCELLED, Audience.MERCHANT)).isEmpty();
        ReservationMessages.Message toShopper = messages.compose(byMerchant, ReservationStatus.CANCELLED, Audience.SHOPPER)
                .orElseThrow();
        assertThat(toShopper.body())
                .contains("Schuhhaus Muster hat Ihre Reservierung leider storniert.")
                .contains("Stand ansehen oder Ihre Angaben jetzt löschen: https://innenstadt.example/reservation?token=")
                .as("an ended reservation has no deadline and nothing to show at the till")
                .doesNotContain("Abholbereit ab", "Abholen bis", "Collect by", "Öffnungszeiten", "Bitte nennen Sie beim Abholen den Abholcode.");
    }

    @Test
    void aStoreClosedOnTheDeadlineDaySaysSo() {
        ReservationMessages onHoliday = new ReservationMessages(BERLIN, Set.of(LocalDate.of(2026, 5, 13)),
                "https://innenstadt.example");

        String body = onHoliday.compose(reservation(Channel.ONLINE, "erika@example.org"), ReservationStatus.READY,
                Audience.SHOPPER).orElseThrow().body();

        assertThat(body).as("goods that are ready need no ready-from time").doesNotContain("Abholbereit ab")
                .contains("Ihre Ware liegt bei Schuhhaus Muster zur Abholung bereit.")
                .contains("Öffnungszeiten am Mittwoch, 13. Mai: geschlossen\n")
                .contains("Opening hours on Wednesday, 13 May: closed\n");
    }

    @Test
    void theShopperIsWrittenToOnlyWithAnAddressAndTheMerchantAtTheStoreElseItsOwnAddress() {
        Reservation phoneOnly = reservation(Channel.ONLINE, " ");
        assertThat(ReservationMessages.recipient(phoneOnly, Audience.SHOPPER)).isEmpty();
        assertThat(ReservationMessages.recipient(reservation(Channel.ONLINE, "erika@example.org"), Audience.SHOPPER))
                .contains("erika@example.org");

        assertThat(ReservationMessages.recipient(phoneOnly, Audience.MERCHANT)).contains("filiale@schuhhaus.example");
        phoneOnly.getStore().setEmail(null);
        assertThat(ReservationMessages.recipient(phoneOnly, Audience.MERCHANT)).contains("info@schuhhaus.example");
        phoneOnly.getStore().getMerchant().setEmail("");
        assertThat(ReservationMessages.recipient(phoneOnly, Audience.MERCHANT)).isEmpty();
    }

    @Test
    void otherCurrenciesKeepTheirCode() {
        Reservation reservation = reservation(Channel.ONLINE, "erika@example.org");
        reservation.addItem(new ReservationItem.Line(2, 2, "Uhr", "watches", 1, new Money(12000, "CHF")));

        String body = messages.compose(reservation, ReservationStatus.CONFIRMED, Audience.SHOPPER).orElseThrow().body();

        assertThat(body).contains("- 1 × Uhr, je 120,00 CHF\n", "- 1 × Uhr, each 120.00 CHF\n");
    }

    private static Reservation reservation(Channel channel, String email) {
        Merchant merchant = new Merchant("schuhhaus-muster", "Schuhhaus Muster GmbH");
        merchant.setEmail("info@schuhhaus.example");
        Store store = new Store(merchant, "filiale-1", "Schuhhaus Muster",
                new PostalAddress("Marktstraße", "12", "67655", "Kaiserslautern"), GeoPoint.of(49.444, 7.769));
        store.setEmail("filiale@schuhhaus.example");
        store.setPhone("0631 987654");
        store.setPickupNote("Abholung an der Kasse im Erdgeschoss");
        store.replaceWeeklyHours(List.of(
                new OpeningInterval(DayOfWeek.WEDNESDAY, LocalTime.of(10, 0), LocalTime.of(13, 0)),
                new OpeningInterval(DayOfWeek.WEDNESDAY, LocalTime.of(14, 0), LocalTime.of(18, 30))));
        Reservation reservation = new Reservation(store, "K7PX2M", TOKEN, channel,
                new Customer("Erika Mustermann", email, "0631 123456"), READY_FROM.minusSeconds(30 * 60), READY_FROM, DEADLINE);
        reservation.addItem(new ReservationItem.Line(1, 1, "Laufschuh Alpha", "shoes", 2, Money.euros(8995)));
        return reservation;
    }
}
