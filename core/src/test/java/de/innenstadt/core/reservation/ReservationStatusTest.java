// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

import static de.innenstadt.core.reservation.ReservationStatus.CANCELLED;
import static de.innenstadt.core.reservation.ReservationStatus.COLLECTED;
import static de.innenstadt.core.reservation.ReservationStatus.CONFIRMED;
import static de.innenstadt.core.reservation.ReservationStatus.EXPIRED;
import static de.innenstadt.core.reservation.ReservationStatus.READY;
import static de.innenstadt.core.reservation.ReservationStatus.REQUESTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ReservationStatusTest {

    @Test
    void theHappyPathLeadsToCollection() {
        assertThat(REQUESTED.canMoveTo(CONFIRMED)).isTrue();
        assertThat(CONFIRMED.canMoveTo(READY)).isTrue();
        assertThat(READY.canMoveTo(COLLECTED)).isTrue();
    }

    @Test
    void onlyAReadyReservationCanBeCollected() {
        assertThat(EnumSet.allOf(ReservationStatus.class)).filteredOn(s -> s.canMoveTo(COLLECTED)).containsExactly(READY);
    }

    @ParameterizedTest
    @EnumSource(value = ReservationStatus.class, names = {"COLLECTED", "CANCELLED", "EXPIRED"})
    void finalStatesAreFinal(ReservationStatus end) {
        assertThat(end.isFinal()).isTrue();
        assertThat(EnumSet.allOf(ReservationStatus.class)).noneMatch(end::canMoveTo);
    }

    @ParameterizedTest
    @EnumSource(value = ReservationStatus.class, names = {"REQUESTED", "CONFIRMED", "READY"})
    void openReservationsCanBeCancelledOrExpire(ReservationStatus open) {
        assertThat(open.canMoveTo(CANCELLED)).isTrue();
        assertThat(open.canMoveTo(EXPIRED)).isTrue();
        assertThat(open.canMoveTo(REQUESTED)).isFalse();
    }
}
