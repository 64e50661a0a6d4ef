// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;

/**
 * A shopper's right to have their name, e-mail and phone erased now (GDPR Art. 17) rather than when
 * the retention period ends: from the status page, once the reservation has ended, since the shop
 * needs the name at the counter until then. The same erasure as the nightly one
 * ({@link Reservation#anonymise}, and the stored messages go with {@link ReservationAnonymised}).
 */
@ApplicationScoped
@Transactional
public class ShopperErasure {

    /** What an erasure request did. */
    public enum Outcome { ERASED, ALREADY_ERASED, STILL_OPEN, NOT_FOUND }

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Inject
    private Event<ReservationAnonymised> anonymised;

    /** Erases the shopper's details of the reservation with this status-page token, if it has ended. */
    public Outcome eraseNow(String token) {
        if (token == null || token.isBlank()) {
            return Outcome.NOT_FOUND;
        }
        return em.createQuery("select r from Reservation r where r.token = :token", Reservation.class)
                .setParameter("token", token)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst()
                .map(this::erase)
                .orElse(Outcome.NOT_FOUND);
    }

    private Outcome erase(Reservation reservation) {
        if (!reservation.getStatus().isFinal()) {
            return Outcome.STILL_OPEN;
        }
        if (reservation.getAnonymisedAt() != null) {
            return Outcome.ALREADY_ERASED;
        }
        reservation.anonymise(Instant.now(clock));
        anonymised.fire(new ReservationAnonymised(reservation.getId()));
        return Outcome.ERASED;
    }
}
