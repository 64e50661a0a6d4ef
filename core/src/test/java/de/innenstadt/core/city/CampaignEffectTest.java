// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

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
 * A Saturday late opening on 9 May 2026 from 10 to 14 o'clock, compared with two ordinary weeks. The
 * Saturday one week earlier (2 May) had another event and is skipped, so the baseline weeks are
 * 25 April and 18 April. By hand:
 * <pre>
 *            9 May   2 May (skipped)   25 April   18 April
 *   10:00     150         999             100          80
 *   11:00     250         999             150 (unverified) 120
 *   12:00     300         999             200        (gap)   → left out: a baseline hour is missing
 *   13:00   (gap)         999             210         190    → left out: the campaign hour is missing
 *   sum       400                         250         200
 * </pre>
 * mean(B) = 225; uplift = 400 / 225 − 1 = 77.8 %; band = 400 / 250 − 1 = 60 % to 400 / 200 − 1 = 100 %.
 */
class CampaignEffectTest {

    private static final Predicate<LocalDate> NOT_THE_OTHER_EVENT = day -> !day.equals(LocalDate.of(2026, 5, 2));

    @Test
    void upliftAndBandFollowTheHandComputedExample() {
        Result result = CampaignEffect.measure(campaignHours(), counts(), NOT_THE_OTHER_EVENT, 2);

        assertThat(result.campaignTotal()).isEqualTo(400);
        assertThat(result.baselineWeekTotals()).containsExactly(250L, 200L);
        assertThat(result.baselineMean().getAsDouble()).isEqualTo(225.0);
        assertThat(result.upliftPercent().getAsDouble()).isCloseTo(77.78, within(0.01));
        assertThat(result.upliftLowPercent().getAsDouble()).isCloseTo(60.0, within(1e-9));
        assertThat(result.upliftHighPercent().getAsDouble()).isCloseTo(100.0, within(1e-9));
        assertThat(result.hoursCompared()).isEqualTo(2);
        assertThat(result.hoursLeftOut()).isEqualTo(2);
        assertThat(result.unverifiedHours()).isEqualTo(1);
        assertThat(result.suppressed()).isFalse();
    }

    @Test
    void aGapIsLeftOutNotCountedAsZero() {
        Map<LocalDateTime, Hour> counts = counts();
        counts.remove(at(18, 4, 11));

        Result result = CampaignEffect.measure(campaignHours(), counts, NOT_THE_OTHER_EVENT, 2);

        assertThat(result.campaignTotal()).isEqualTo(150);
        assertThat(result.baselineWeekTotals()).containsExactly(100L, 80L);
        assertThat(result.hoursLeftOut()).isEqualTo(3);
    }

    @Test
    void withoutEnoughOrdinaryWeeksNothingIsCompared() {
        Result result = CampaignEffect.measure(campaignHours(), counts(), day -> false, 2);

        assertThat(result.hoursCompared()).isZero();
        assertThat(result.hoursLeftOut()).isEqualTo(4);
        assertThat(result.upliftPercent()).isEmpty();
        assertThat(result.suppressed()).isTrue();
    }

    @Test
    void smallTotalsAreSuppressed() {
        Map<LocalDateTime, Hour> counts = new HashMap<>();
        counts.put(at(9, 5, 10), new Hour(4, false));
        counts.put(at(2, 5, 10), new Hour(3, false));

        Result result = CampaignEffect.measure(List.of(at(9, 5, 10)), counts, day -> true, 1);

        assertThat(result.upliftPercent()).isPresent();
        assertThat(result.suppressed()).isTrue();
    }

    @Test
    void aBaselineOfNoWeeksIsRefused() {
        assertThatThrownBy(() -> CampaignEffect.measure(campaignHours(), counts(), day -> true, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<LocalDateTime> campaignHours() {
        return List.of(at(9, 5, 10), at(9, 5, 11), at(9, 5, 12), at(9, 5, 13));
    }

    private static Map<LocalDateTime, Hour> counts() {
        Map<LocalDateTime, Hour> counts = new HashMap<>();
        put(counts, 9, 5, 10, 150);
        put(counts, 9, 5, 11, 250);
        put(counts, 9, 5, 12, 300);
        for (int hour = 10; hour <= 13; hour++) {
            put(counts, 2, 5, hour, 999);
        }
        put(counts, 25, 4, 10, 100);
        counts.put(at(25, 4, 11), new Hour(150, true));
        put(counts, 25, 4, 12, 200);
        put(counts, 25, 4, 13, 210);
        put(counts, 18, 4, 10, 80);
        put(counts, 18, 4, 11, 120);
        put(counts, 18, 4, 13, 190);
        return counts;
    }

    private static void put(Map<LocalDateTime, Hour> counts, int day, int month, int hour, int pedestrians) {
        counts.put(at(day, month, hour), new Hour(pedestrians, false));
    }

    private static LocalDateTime at(int day, int month, int hour) {
        return LocalDateTime.of(2026, month, day, hour, 0);
    }
}
