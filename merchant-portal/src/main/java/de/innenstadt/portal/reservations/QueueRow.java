// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.reservations;

import de.innenstadt.core.reservation.Reservation;
import de.innenstadt.core.reservation.ReservationStatus;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One reservation as the queue drew it. The queue keeps the rows it drew, so what a button acts on
 * is what the merchant saw; a plain value because the view, and so the session, holds it.
 */
public record QueueRow(long id, String code, String storeName, ReservationStatus status, String customerName, String customerEmail,
        String customerPhone, List<Line> items, Instant readyFrom, Instant expiresAt) implements Serializable {

    /** One line of the reservation: how many of what. */
    public record Line(int quantity, String title) implements Serializable {
    }

    static QueueRow of(Reservation reservation) {
        return new QueueRow(reservation.getId(), reservation.getCode(), reservation.getStore().getName(), reservation.getStatus(),
                reservation.getCustomer().name(), reservation.getCustomer().email(), reservation.getCustomer().phone(),
                reservation.getItems().stream().map(item -> new Line(item.getQuantity(), item.getTitle())).toList(),
                reservation.getReadyFrom(), reservation.getExpiresAt());
    }
}
