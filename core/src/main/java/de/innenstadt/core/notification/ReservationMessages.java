// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.notification;

import de.innenstadt.core.inventory.Money;
import de.innenstadt.core.merchant.OpeningInterval;
import de.innenstadt.core.merchant.PostalAddress;
import de.innenstadt.core.merchant.Store;
import de.innenstadt.core.reservation.Channel;
import de.innenstadt.core.reservation.Customer;
import de.innenstadt.core.reservation.Reservation;
import de.innenstadt.core.reservation.ReservationItem;
import de.innenstadt.core.reservation.ReservationStatus;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The e-mails about a reservation, and who gets which. Plain text, German first and English below,
 * because many shoppers downtown are visitors and a mail client cannot pick the language for us.
 *
 * <p>Who hears of what, and why:
 * <ul>
 * <li>requested: the shopper gets a receipt (pickup code, from when and until when to collect, status link); the merchant gets
 * "new reservation", but only for online reservations — phone and counter reservations were typed
 * in by the merchant, who needs no mail about them.</li>
 * <li>confirmed, ready: the shopper only; the merchant made the change.</li>
 * <li>collected: nobody; both were at the till.</li>
 * <li>cancelled: the shopper always (a confirmation when they cancelled, the news when the shop
 * did); the merchant only when the shopper cancelled, so the goods go back on sale.</li>
 * <li>expired: both; the shopper learns the hold ended, the merchant may put the goods back.</li>
 * </ul>
 * The shopper's mail goes to the e-mail address given with the reservation (phone-only
 * reservations get none); the merchant's to the store's address, else the merchant's.
 *
 * <p>Times are shown in the city's zone. The status link carries the shopper's secret token, so it
 * appears only in the shopper's mail; the merchant's mail names the customer and how to reach them.
 */
public final class ReservationMessages {

    /** A composed e-mail. */
    public record Message(String subject, String body) {
    }

    private static final String SEPARATOR = "\n\n---------------- English ----------------\n\n";

    private final ZoneId zone;
    private final Set<LocalDate> holidays;
    private final String publicUrl;

    /**
     * @param zone the city's time zone, for deadlines and opening hours
     * @param holidays the public holidays around now, on which stores are closed unless they say otherwise
     * @param publicUrl where shoppers reach the shop pages, without a trailing slash
     */
    public ReservationMessages(ZoneId zone, Set<LocalDate> holidays, String publicUrl) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.holidays = Set.copyOf(holidays);
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** What a message reports, as stored with it: {@code reservation.confirmed} and so on. */
    public static String kind(ReservationStatus status) {
        return "reservation." + status.name().toLowerCase(Locale.ROOT);
    }

    /** Whether {@code audience} hears of the reservation reaching {@code status} (see the class comment). */
    public static boolean notifies(Audience audience, ReservationStatus status, Reservation reservation) {
        return switch (audience) {
            case SHOPPER -> status != ReservationStatus.COLLECTED;
            case MERCHANT -> switch (status) {
                case REQUESTED -> reservation.getChannel() == null || reservation.getChannel() == Channel.ONLINE;
                case CANCELLED -> "SHOPPER".equals(reservation.getCancelledBy());
                case EXPIRED -> true;
                case CONFIRMED, READY, COLLECTED -> false;
            };
        };
    }

    /** The address a message for {@code audience} goes to; empty when there is none (phone-only shoppers). */
    public static Optional<String> recipient(Reservation reservation, Audience audience) {
        return switch (audience) {
            case SHOPPER -> nonBlank(reservation.getCustomer().email());
            case MERCHANT -> nonBlank(reservation.getStore().getEmail())
                    .or(() -> nonBlank(reservation.getStore().getMerchant().getEmail()));
        };
    }

    /** The message for {@code audience} about the reservation reaching {@code status}; empty when it gets none. */
    public Optional<Message> compose(Reservation reservation, ReservationStatus status, Audience audience) {
        if (!notifies(audience, status, reservation)) {
            return Optional.empty();
        }
        Words de = Words.GERMAN;
        Words en = Words.ENGLISH;
        String subject = de.subject(audience, status, reservation.getCancelledBy()) + ": " + reservation.getStore().getName()
                + ", Code " + reservation.getCode() + " / " + en.subject(audience, status, reservation.getCancelledBy());
        String body = body(reservation, status, audience, de) + SEPARATOR + body(reservation, status, audience, en);
        return Optional.of(new Message(subject, body));
    }

    private String body(Reservation reservation, ReservationStatus status, Audience audience, Words w) {
        Store store = reservation.getStore();
        boolean open = !status.isFinal();
        StringBuilder text = new StringBuilder();
        if (audience == Audience.SHOPPER) {
            String name = reservation.getCustomer().name();
            text.append(name == null || name.isBlank() ? w.helloNoName : w.hello + " " + name + ",").append("\n\n");
        } else {
            text.append(w.helloNoName).append("\n\n");
        }
        text.append(w.lead(audience, status, reservation.getCancelledBy(), store.getName())).append("\n\n");

        text.append(w.code).append(": ").append(reservation.getCode()).append('\n');
        ZonedDateTime deadline = reservation.getExpiresAt().atZone(zone);
        if (open && status != ReservationStatus.READY && reservation.getReadyFrom() != null) {
            text.append(w.readyFrom).append(": ").append(w.deadline.format(reservation.getReadyFrom().atZone(zone))).append('\n');
        }
        if (open) {
            text.append(w.collectBy).append(": ").append(w.deadline.format(deadline)).append('\n');
        }
        PostalAddress address = store.getAddress();
        text.append(w.shop).append(": ").append(store.getName()).append(", ").append(address.streetLine()).append(", ")
                .append(address.cityLine()).append('\n');
        if (open && audience == Audience.SHOPPER) {
            openingHours(store, deadline.toLocalDate(), w).ifPresent(hours -> text.append(hours).append('\n'));
            nonBlank(store.getPickupNote()).ifPresent(note -> text.append(w.note).append(": ").append(note).append('\n'));
            nonBlank(store.getPhone()).ifPresent(phone -> text.append(w.phone).append(": ").append(phone).append('\n'));
        }
        if (audience == Audience.MERCHANT) {
            Customer customer = reservation.getCustomer();
            nonBlank(customer.name()).ifPresent(name -> text.append(w.customer).append(": ").append(name).append('\n'));
            String contact = List.of(Optional.ofNullable(customer.email()), Optional.ofNullable(customer.phone())).stream()
                    .flatMap(Optional::stream).filter(s -> !s.isBlank()).collect(Collectors.joining(", "));
            if (!contact.isEmpty()) {
                text.append(w.contact).append(": ").append(contact).append('\n');
            }
        }

        text.append('\n').append(w.items).append(":\n");
        for (ReservationItem item : reservation.getItems()) {
            text.append("- ").append(item.getQuantity()).append(" × ").append(item.getTitle()).append(", ")
                    .append(w.each).append(' ').append(w.money(item.getPrice())).append('\n');
        }

        text.append('\n');
        if (audience == Audience.SHOPPER) {
            text.append(open ? w.statusAndCancel : w.status).append(": ").append(publicUrl).append("/reservation?token=")
                    .append(reservation.getToken()).append('\n');
            if (open) {
                text.append('\n').append(w.showCode).append('\n');
            }
        } else {
            text.append(w.portal).append(": ").append(publicUrl).append("/portal/\n");
        }
        return text.toString().stripTrailing();
    }

    /** The store's hours on the deadline day, so nobody walks to a shop that closes before the deadline. */
    private Optional<String> openingHours(Store store, LocalDate day, Words w) {
        if (store.getWeeklyHours().isEmpty() && store.getExceptions().isEmpty()) {
            return Optional.empty();
        }
        List<OpeningInterval> intervals = store.openingCalendar().intervalsOn(day, holidays);
        String hours = intervals.isEmpty() ? w.closed : intervals.stream()
                .map(i -> w.time.format(i.opens()) + "–" + w.time.format(i.closes()))
                .collect(Collectors.joining(", ")) + w.oClock;
        return Optional.of(w.hoursOn + " " + w.day.format(day) + ": " + hours);
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }

    /** The words of one language; the sentences are kept short and plain on purpose. */
    private record Words(Locale locale, DateTimeFormatter deadline, DateTimeFormatter day, DateTimeFormatter time,
            String hello, String helloNoName, String code, String readyFrom, String collectBy, String shop, String hoursOn, String closed,
            String oClock, String note, String phone, String customer, String contact, String items, String each,
            String statusAndCancel, String status, String showCode, String portal) {

        static final Words GERMAN = new Words(Locale.GERMAN,
                DateTimeFormatter.ofPattern("EEEE, d. MMMM yyyy, HH:mm 'Uhr'", Locale.GERMAN),
                DateTimeFormatter.ofPattern("EEEE, d. MMMM", Locale.GERMAN),
                DateTimeFormatter.ofPattern("HH:mm", Locale.GERMAN),
                "Hallo", "Guten Tag,", "Abholcode", "Abholbereit ab", "Abholen bis", "Geschäft", "Öffnungszeiten am", "geschlossen",
                " Uhr", "Hinweis des Geschäfts", "Telefon", "Kunde", "Kontakt", "Reserviert", "je",
                "Stand ansehen oder stornieren", "Stand ansehen oder Ihre Angaben jetzt löschen", "Bitte nennen Sie beim Abholen den Abholcode.",
                "Händlerportal");

        static final Words ENGLISH = new Words(Locale.UK,
                DateTimeFormatter.ofPattern("EEEE, d MMMM yyyy, HH:mm", Locale.UK),
                DateTimeFormatter.ofPattern("EEEE, d MMMM", Locale.UK),
                DateTimeFormatter.ofPattern("HH:mm", Locale.UK),
                "Hello", "Hello,", "Pickup code", "Ready for pickup from", "Collect by", "Shop", "Opening hours on", "closed",
                "", "Note from the shop", "Phone", "Customer", "Contact", "Reserved", "each",
                "See the status or cancel", "See the status or delete your details now", "Please give the pickup code when you collect.",
                "Merchant portal");

        boolean german() {
            return locale.equals(Locale.GERMAN);
        }

        String subject(Audience audience, ReservationStatus status, String cancelledBy) {
            boolean de = german();
            if (audience == Audience.MERCHANT) {
                return switch (status) {
                    case REQUESTED -> de ? "Neue Reservierung" : "New reservation";
                    case CANCELLED -> de ? "Vom Kunden storniert" : "Cancelled by the customer";
                    default -> de ? "Nicht abgeholt, Reservierung abgelaufen" : "Not collected, reservation expired";
                };
            }
            return switch (status) {
                case REQUESTED -> de ? "Reservierung eingegangen" : "Reservation received";
                case CONFIRMED -> de ? "Reservierung bestätigt" : "Reservation confirmed";
                case READY -> de ? "Liegt zur Abholung bereit" : "Ready for pickup";
                case CANCELLED -> de ? "Reservierung storniert" : "Reservation cancelled";
                case EXPIRED -> de ? "Reservierung abgelaufen" : "Reservation expired";
                case COLLECTED -> de ? "Abgeholt" : "Collected";
            };
        }

        String lead(Audience audience, ReservationStatus status, String cancelledBy, String store) {
            boolean de = german();
            if (audience == Audience.MERCHANT) {
                return switch (status) {
                    case REQUESTED -> de
                            ? "Es gibt eine neue Reservierung für " + store + ". Die Ware ist für den Kunden vorgemerkt."
                                    + " Bitte legen Sie sie zurück und bestätigen Sie die Reservierung im Händlerportal."
                            : "There is a new reservation for " + store + ". The goods are held for the customer."
                                    + " Please put them aside and confirm the reservation in the merchant portal.";
                    case CANCELLED -> de
                            ? "Der Kunde hat die Reservierung storniert. Die Ware kann zurück in den Verkauf."
                            : "The customer cancelled the reservation. The goods can go back on sale.";
                    default -> de
                            ? "Die Reservierung wurde bis zur Frist nicht abgeholt und ist abgelaufen."
                                    + " Die Ware kann zurück in den Verkauf."
                            : "The reservation was not collected in time and has expired. The goods can go back on sale.";
                };
            }
            return switch (status) {
                case REQUESTED -> de
                        ? "Ihre Reservierung bei " + store + " ist eingegangen. Die Ware ist bis zur Frist für Sie"
                                + " zurückgelegt. Das Geschäft bestätigt die Reservierung in Kürze."
                        : "Your reservation at " + store + " has been received. The goods are held for you until the"
                                + " deadline. The shop will confirm the reservation shortly.";
                case CONFIRMED -> de
                        ? store + " hat Ihre Reservierung bestätigt."
                        : store + " has confirmed your reservation.";
                case READY -> de
                        ? "Ihre Ware liegt bei " + store + " zur Abholung bereit."
                        : "Your goods are ready for pickup at " + store + ".";
                case CANCELLED -> "SHOPPER".equals(cancelledBy)
                        ? (de ? "Sie haben Ihre Reservierung storniert. Sie müssen nichts weiter tun."
                                : "You cancelled your reservation. There is nothing more to do.")
                        : (de ? store + " hat Ihre Reservierung leider storniert. Bei Fragen wenden Sie sich bitte an"
                                        + " das Geschäft."
                                : store + " has cancelled your reservation, sorry. If you have questions, please"
                                        + " contact the shop.");
                case EXPIRED -> de
                        ? "Die Abholfrist ist abgelaufen. Die Reservierung ist damit beendet und die Ware wieder frei."
                        : "The pickup deadline has passed. The reservation has ended and the goods are released.";
                case COLLECTED -> de ? "Sie haben Ihre Ware abgeholt. Vielen Dank!" : "You collected your goods. Thank you!";
            };
        }

        String money(Money price) {
            BigDecimal amount = BigDecimal.valueOf(price.cents(), 2);
            boolean euro = "EUR".equals(price.currency());
            if (german()) {
                return amount.toPlainString().replace('.', ',') + (euro ? " €" : " " + price.currency());
            }
            return euro ? "€" + amount.toPlainString() : amount.toPlainString() + " " + price.currency();
        }
    }
}
