// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

/**
 * A reservation was created or moved to another state. Fired synchronously inside the transaction
 * of the change, so observers (notifications) commit or roll back together with it.
 */
public record ReservationChanged(long reservationId, ReservationStatus status) {
}
