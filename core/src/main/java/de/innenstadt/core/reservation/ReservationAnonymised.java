// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

/**
 * The personal data of a reservation was erased. Fired inside the erasing transaction so that
 * copies elsewhere (the texts of notifications) are erased with it.
 */
public record ReservationAnonymised(long reservationId) {
}
