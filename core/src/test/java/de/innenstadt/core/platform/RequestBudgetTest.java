// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestBudgetTest {

    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void windowsStartOnTheHourAndTheMinute() {
        assertThat(RequestBudget.windowStart(Instant.parse("2026-12-07T10:42:17.5Z"), HOUR))
                .isEqualTo(Instant.parse("2026-12-07T10:00:00Z"));
        assertThat(RequestBudget.windowStart(Instant.parse("2026-12-07T10:42:17.5Z"), Duration.ofMinutes(1)))
                .isEqualTo(Instant.parse("2026-12-07T10:42:00Z"));
    }

    @Test
    void thePreviousWindowCountsForTheShareOfItStillInsideTheLastHour() {
        // 30 reservations at 10:50–10:59, asked at 11:15: three quarters of that hour still count
        assertThat(RequestBudget.slidingEstimate(2, 30, Duration.ofMinutes(15), HOUR)).isEqualTo(2 + 22.5);
        assertThat(RequestBudget.slidingEstimate(2, 30, HOUR, HOUR)).isEqualTo(2.0);
        assertThat(RequestBudget.slidingEstimate(0, 0, Duration.ZERO, HOUR)).isZero();
    }
}
