// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import de.innenstadt.core.city.CampaignEffect.Adjustment;
import de.innenstadt.core.city.CampaignEffect.Hour;
import de.innenstadt.core.city.CampaignEffect.Result;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The worked example of docs/city-management.md: a Saturday late opening on 9 May 2026 from 10 to 12
 * o'clock at point P, with control point Z outside the campaign area, two comparison weeks on each
 * side. The Saturday one week earlier (2 May) had another event and is skipped. By hand:
 * <pre>
 *                   9 May | 25 Apr  18 Apr  16 May  23 May
 *   P 10:00           150 |   100      80     110      90
 *   P 11:00           250 |   150     120     140     240
 *   P sum       C =   400 |   250     200     250     330
 *   Z sum       X =   500 |   500     400     500     600
 *   P / Z                 |  0.50    0.50    0.50    0.55     mean 0.5125
 * </pre>
 * expected = 0.5125 × 500 = 256.25; ratio = 400 / 256.25 = 1.5610, uplift +56.1 %. Each comparison
 * day against the mean of the other three: −3.23 %, −3.23 %, −3.23 %, +10 %; root mean square s =
 * 0.05728; with K = 4 days, t(3 degrees of freedom) = 3.182 and w = 3.182 × 0.05728 × √1.25 = 0.2038;
 * band 1.5610 / 1.2038 − 1 = +29.7 % to 1.5610 / 0.7962 − 1 = +96.0 %.
 */
class CampaignEffectTest {

    private static final Predicate<LocalDate> NOT_THE_OTHER_EVENT = day -> !day.equals(LocalDate.of(2026, 5, 2))
            && !day.equals(LocalDate.of(2026, 5, 9));

    @Test
    void upliftAndBandFollowTheHandComputedExample() {
        Result result = CampaignEffect.measure(campaignHours(), point(), List.of(control()), NOT_THE_OTHER_EVENT, 2);

        assertThat(result.adjustment()).isEqualTo(Adjustment.CONTROL_POINTS);
        assertThat(result.campaignTotal()).isEqualTo(400);
        assertThat(result.comparisonDays()).isEqualTo(4);
        assertThat(result.expected().getAsDouble()).isCloseTo(256.25, within(1e-9));
        assertThat(result.upliftPercent().getAsDouble()).isCloseTo(56.10, within(0.01));
        assertThat(result.upliftLowPercent().getAsDouble()).isCloseTo(29.67, within(0.01));
        assertThat(result.upliftHighPercent().getAsDouble()).isCloseTo(96.04, within(0.01));
        assertThat(result.measurable()).isTrue();
        assertThat(result.hoursCompared()).isEqualTo(2);
        assertThat(result.hoursLeftOut()).isZero();
        assertThat(result.unverifiedHours()).isEqualTo(1);
        assertThat(result.suppressed()).isFalse();
    }

    @Test
    void withoutControlsNorAYearBeforeThePointIsComparedWithItselfAndSaysSo() {
        Result result = CampaignEffect.measure(campaignHours(), point(), List.of(), NOT_THE_OTHER_EVENT, 2);

        assertThat(result.adjustment()).isEqualTo(Adjustment.NONE);
        assertThat(result.expected().getAsDouble()).isCloseTo((250 + 200 + 250 + 330) / 4.0, within(1e-9));
        assertThat(result.upliftPercent().getAsDouble()).isCloseTo(55.34, within(0.01));
    }

    @Test
    void aGapAtTheControlPointLeavesTheHourOutOnEverySide() {
        Map<LocalDateTime, Hour> control = control();
        control.remove(at(18, 4, 11));

        Result result = CampaignEffect.measure(campaignHours(), point(), List.of(control), NOT_THE_OTHER_EVENT, 2);

        assertThat(result.campaignTotal()).isEqualTo(150);
        assertThat(result.hoursCompared()).isEqualTo(1);
        assertThat(result.hoursLeftOut()).isEqualTo(1);
    }

    @Test
    void withoutEnoughOrdinaryWeeksNothingIsCompared() {
        Result result = CampaignEffect.measure(campaignHours(), point(), List.of(control()), day -> false, 2);

        assertThat(result.hoursCompared()).isZero();
        assertThat(result.hoursLeftOut()).isEqualTo(2);
        assertThat(result.upliftPercent()).isEmpty();
        assertThat(result.measurable()).isFalse();
        assertThat(result.suppressed()).isTrue();
    }

    @Test
    void smallTotalsAreSuppressed() {
        Map<LocalDateTime, Hour> counts = new HashMap<>();
        counts.put(at(9, 5, 10), new Hour(4, false));
        counts.put(at(2, 5, 10), new Hour(3, false));
        counts.put(at(25, 4, 10), new Hour(4, false));

        Result result = CampaignEffect.measure(List.of(at(9, 5, 10)), counts, List.of(), day -> !day.equals(LocalDate.of(2026, 5, 9)), 1);

        assertThat(result.upliftPercent()).isPresent();
        assertThat(result.suppressed()).isTrue();
    }

    @Test
    void aComparisonOfNoWeeksIsRefused() {
        assertThatThrownBy(() -> CampaignEffect.measure(campaignHours(), point(), List.of(), day -> true, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<LocalDateTime> campaignHours() {
        return List.of(at(9, 5, 10), at(9, 5, 11));
    }

    private static Map<LocalDateTime, Hour> point() {
        Map<LocalDateTime, Hour> counts = new HashMap<>();
        put(counts, 9, 5, 150, 250);
        put(counts, 2, 5, 999, 999);
        put(counts, 25, 4, 100, 150);
        put(counts, 18, 4, 80, 120);
        put(counts, 16, 5, 110, 140);
        put(counts, 23, 5, 90, 240);
        counts.put(at(25, 4, 11), new Hour(150, true));
        return counts;
    }

    private static Map<LocalDateTime, Hour> control() {
        Map<LocalDateTime, Hour> counts = new HashMap<>();
        put(counts, 9, 5, 200, 300);
        put(counts, 2, 5, 999, 999);
        put(counts, 25, 4, 200, 300);
        put(counts, 18, 4, 160, 240);
        put(counts, 16, 5, 200, 300);
        put(counts, 23, 5, 250, 350);
        return counts;
    }

    private static void put(Map<LocalDateTime, Hour> counts, int day, int month, int ten, int eleven) {
        counts.put(at(day, month, 10), new Hour(ten, false));
        counts.put(at(day, month, 11), new Hour(eleven, false));
    }

    private static LocalDateTime at(int day, int month, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0);
    }
}
