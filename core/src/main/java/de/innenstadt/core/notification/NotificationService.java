// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.notification;

import de.innenstadt.core.city.CitySettingsService;
import de.innenstadt.core.platform.Actor;
import de.innenstadt.core.platform.NotFoundException;
import de.innenstadt.core.platform.Role;
import de.innenstadt.core.reservation.Reservation;
import de.innenstadt.core.reservation.ReservationAnonymised;
import de.innenstadt.core.reservation.ReservationChanged;
import de.innenstadt.core.reservation.ReservationStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tells shoppers and merchants by e-mail what happened to a reservation.
 *
 * <p>Messages are queued as {@link Notification} rows by an observer of {@link ReservationChanged},
 * inside the transaction of the change: a reservation that commits always has its messages, one
 * that rolls back has none, and nothing depends on the mail server being up. A worker in the
 * portal ({@link NotificationDispatcher}) sends them and retries with back-off; what keeps failing
 * is listed for the merchant ({@link #findFailedOrLate}) instead of being dropped. Who gets which
 * message is decided in {@link ReservationMessages}: the shopper hears of the receipt, confirmation,
 * readiness, cancellation and expiry; the merchant of new online reservations, cancellations by the
 * shopper and expiry.
 */
@ApplicationScoped
@Transactional
public class NotificationService {

    static final int MAX_LISTED = 200;

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private CitySettingsService city;

    @Inject
    @ConfigProperty(name = "innenstadt.public-url")
    private String publicUrl;

    /** Queues the messages a change calls for; runs in the transaction of the change (synchronous observer). */
    void onReservationChanged(@Observes ReservationChanged event) {
        Reservation reservation = em.find(Reservation.class, event.reservationId());
        if (reservation == null) {
            throw new IllegalStateException("Reservation " + event.reservationId() + " changed but cannot be found");
        }
        ReservationMessages messages = messages();
        Instant now = Instant.now(clock);
        for (Audience audience : Audience.values()) {
            ReservationMessages.recipient(reservation, audience).ifPresent(to -> messages
                    .compose(reservation, event.status(), audience)
                    .ifPresent(message -> queue(reservation, audience, event.status(), to, message, now)));
        }
    }

    /**
     * Deletes the messages of a reservation whose personal data was erased: their recipient and text
     * are copies of that data. Runs in the erasing transaction.
     */
    void onReservationAnonymised(@Observes ReservationAnonymised event) {
        em.createQuery("delete from Notification n where n.reservationId = :id")
                .setParameter("id", event.reservationId())
                .executeUpdate();
    }

    /**
     * Queues the shopper's message for the reservation's current state again, for a shopper who says
     * nothing arrived or whose mail failed. The shopper's older unsent messages of the reservation are
     * replaced by it, so the shopper gets one current message rather than a backlog.
     *
     * @return whether a message was queued: false when the shopper left no e-mail address or the
     *         current state has no shopper message (collected)
     * @throws NotFoundException when there is no such reservation
     * @throws de.innenstadt.core.platform.AccessDeniedException when the reservation is another merchant's
     */
    public boolean resend(Actor actor, long reservationId) {
        Reservation reservation = em.find(Reservation.class, reservationId);
        if (reservation == null) {
            throw new NotFoundException("No reservation " + reservationId);
        }
        actor.requireMerchant(reservation.getStore().getMerchant().getId());
        Optional<String> recipient = ReservationMessages.recipient(reservation, Audience.SHOPPER);
        Optional<ReservationMessages.Message> message = recipient.flatMap(to -> messages()
                .compose(reservation, reservation.getStatus(), Audience.SHOPPER));
        if (message.isEmpty()) {
            return false;
        }
        em.createQuery("select n from Notification n where n.reservationId = :reservation and n.audience = :shopper"
                        + " and n.status in :unsent", Notification.class)
                .setParameter("reservation", reservationId)
                .setParameter("shopper", Audience.SHOPPER)
                .setParameter("unsent", List.of(Notification.Status.PENDING, Notification.Status.FAILED))
                .getResultList()
                .forEach(Notification::replace);
        queue(reservation, Audience.SHOPPER, reservation.getStatus(), recipient.get(), message.get(), Instant.now(clock));
        return true;
    }

    /**
     * The merchant's messages that gave up (FAILED) or are being retried (PENDING after a failed
     * attempt), newest first; an admin sees those of all merchants.
     */
    public List<NotificationRow> findFailedOrLate(Actor actor) {
        actor.requireRole(Role.MERCHANT);
        String jpql = "select n, r.code from Notification n, Reservation r where r.id = n.reservationId"
                + " and (n.status = :failed or (n.status = :pending and n.attempts > 0))"
                + (actor.findMerchantId().isPresent() ? " and r.store.merchant.id = :merchant" : "")
                + " order by n.createdAt desc, n.id desc";
        TypedQuery<Object[]> query = em.createQuery(jpql, Object[].class)
                .setParameter("failed", Notification.Status.FAILED)
                .setParameter("pending", Notification.Status.PENDING)
                .setMaxResults(MAX_LISTED);
        actor.findMerchantId().ifPresent(id -> query.setParameter("merchant", id));
        return query.getResultList().stream().map(row -> {
            Notification n = (Notification) row[0];
            return new NotificationRow(n.getId(), n.getReservationId(), (String) row[1], n.getAudience(), n.getRecipient(),
                    n.getSubject(), n.getStatus(), n.getAttempts(), n.getLastError(), n.getCreatedAt(), n.getNextAttemptAt());
        }).toList();
    }

    private void queue(Reservation reservation, Audience audience, ReservationStatus status, String recipient,
            ReservationMessages.Message message, Instant now) {
        em.persist(new Notification(reservation.getId(), audience, ReservationMessages.kind(status), recipient,
                message.subject(), message.body(), now));
    }

    private ReservationMessages messages() {
        return new ReservationMessages(city.current().getZone(), city.holidaysAroundNow(), publicUrl);
    }
}
