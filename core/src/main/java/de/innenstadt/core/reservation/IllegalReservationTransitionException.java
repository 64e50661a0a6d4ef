// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

/** A reservation was asked to move to a state its life cycle does not allow from where it is. */
public class IllegalReservationTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public IllegalReservationTransitionException(ReservationStatus from, ReservationStatus to) {
        super("A reservation that is " + from + " cannot become " + to);
    }
}
