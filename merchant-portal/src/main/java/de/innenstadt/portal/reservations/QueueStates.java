// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.reservations;

import de.innenstadt.core.reservation.ReservationStatus;
import java.util.EnumSet;
import java.util.Set;

/** The queue's state filter: what the owner wants to see at the counter or when looking back. */
public enum QueueStates {
    ALL(EnumSet.noneOf(ReservationStatus.class)),
    OPEN(EnumSet.of(ReservationStatus.REQUESTED, ReservationStatus.CONFIRMED, ReservationStatus.READY)),
    COLLECTED(EnumSet.of(ReservationStatus.COLLECTED)),
    CANCELLED(EnumSet.of(ReservationStatus.CANCELLED)),
    EXPIRED(EnumSet.of(ReservationStatus.EXPIRED));

    private final Set<ReservationStatus> states;

    QueueStates(Set<ReservationStatus> states) {
        this.states = states;
    }

    /** The states shown; empty for all. */
    public Set<ReservationStatus> states() {
        return Set.copyOf(states);
    }
}
