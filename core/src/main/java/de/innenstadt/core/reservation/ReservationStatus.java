// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of a reservation: requested → confirmed → ready → collected, or cancelled / expired.
 * Held stock is released on the two unhappy endings and turned into a sale on collection.
 */
public enum ReservationStatus {
    REQUESTED,
    CONFIRMED,
    READY,
    COLLECTED,
    CANCELLED,
    EXPIRED;

    private static final Set<ReservationStatus> FINAL = EnumSet.of(COLLECTED, CANCELLED, EXPIRED);

    public boolean isFinal() {
        return FINAL.contains(this);
    }

    /** Whether a reservation in this state may move to {@code next}. */
    public boolean canMoveTo(ReservationStatus next) {
        return switch (this) {
            case REQUESTED -> next == CONFIRMED || next == READY || next == CANCELLED || next == EXPIRED;
            case CONFIRMED -> next == READY || next == CANCELLED || next == EXPIRED;
            case READY -> next == COLLECTED || next == CANCELLED || next == EXPIRED;
            case COLLECTED, CANCELLED, EXPIRED -> false;
        };
    }
}
