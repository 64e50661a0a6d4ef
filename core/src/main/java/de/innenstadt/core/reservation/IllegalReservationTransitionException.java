// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

/**
 * A reservation was asked to move to a state its life cycle does not allow from where it is. It
 * carries the state the reservation is in, so the person who asked can be told what happened
 * meanwhile (the shopper cancelled, the hold ran out) instead of only that it failed.
 */
public class IllegalReservationTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ReservationStatus current;

    public IllegalReservationTransitionException(ReservationStatus from, ReservationStatus to) {
        super("A reservation that is " + from + " cannot become " + to);
        this.current = from;
    }

    /** The state the reservation is in now. */
    public ReservationStatus current() {
        return current;
    }
}
