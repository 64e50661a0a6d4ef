// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class StreetRankingTest {

    /**
     * The earlier period has two Saturdays (1,000 and 1,200) and five weekdays of 500; the later one
     * a Saturday of 1,300, five weekdays of 550 and a Sunday, which the earlier period lacks and is
     * left out. Per day: (1,100 + 5 × 500) / 6 = 600 against (1,300 + 5 × 550) / 6 = 675, +12.5 %;
     * a plain mean of the days would change with the number of Saturdays each period holds.
     */
    @Test
    void theDailyMeanIsBalancedOverTheWeekdaysBothPeriodsHave() {
        Map<LocalDate, Long> earlier = new HashMap<>();
        earlier.put(LocalDate.of(2025, 11, 1), 1_000L);
        earlier.put(LocalDate.of(2025, 11, 8), 1_200L);
        for (int day = 3; day <= 7; day++) {
            earlier.put(LocalDate.of(2025, 11, day), 500L);
        }
        Map<LocalDate, Long> later = new HashMap<>();
        later.put(LocalDate.of(2026, 11, 7), 1_300L);
        later.put(LocalDate.of(2026, 11, 8), 200L);
        for (int day = 2; day <= 6; day++) {
            later.put(LocalDate.of(2026, 11, day), 550L);
        }

        double[] means = StreetRanking.balancedDailyMeans(earlier, later);

        assertThat(means[0]).isCloseTo(600.0, within(1e-9));
        assertThat(means[1]).isCloseTo(675.0, within(1e-9));
        assertThat(new StreetRanking.StreetChange(null, OptionalDouble.of(means[0]), OptionalDouble.of(means[1]),
                7, 7).changePercent().getAsDouble()).isCloseTo(12.5, within(1e-9));
    }

    @Test
    void periodsWithoutACommonWeekdayHaveNoComparison() {
        assertThat(StreetRanking.balancedDailyMeans(Map.of(LocalDate.of(2026, 11, 7), 10L), Map.of(LocalDate.of(2026, 11, 8), 10L)))
                .isEmpty();
    }

    @Test
    void aPeriodCountedOnFewerThanHalfOfItsDaysGivesNoFigure() {
        Map<LocalDate, Long> oneDay = Map.of(LocalDate.of(2025, 12, 7), 5_000L);
        assertThat(StreetRanking.covered(oneDay, LocalDate.of(2025, 11, 10), LocalDate.of(2025, 12, 7))).isFalse();
        Map<LocalDate, Long> fourteen = new HashMap<>();
        for (int day = 1; day <= 14; day++) {
            fourteen.put(LocalDate.of(2025, 11, day), 100L);
        }
        assertThat(StreetRanking.covered(fourteen, LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 28))).isTrue();
    }
}
