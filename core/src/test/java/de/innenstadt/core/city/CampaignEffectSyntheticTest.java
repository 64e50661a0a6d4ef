// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.core.city.CampaignEffect.Adjustment;
import de.innenstadt.core.city.CampaignEffect.Hour;
import de.innenstadt.core.city.CampaignEffect.Result;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The campaign effect on a {@link SyntheticCity} whose true effect is known: a „late shopping“ Saturday
 * in Advent (12 December 2026, 10 to 20 o'clock) at Marktstraße and Stiftsplatz. Advent Saturdays are
 * busier than the weeks before them anyway, so a method that compares with earlier weeks only credits
 * the season to the campaign; these tests hold the method to finding the effect that is there, and
 * no effect where there is none, with and without a control street, over several seeds.
 */
class CampaignEffectSyntheticTest {

    private static final LocalDate ADVENT_SATURDAY = LocalDate.of(2026, 12, 12);
    private static final LocalDate FIRST_DAY = LocalDate.of(2025, 9, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2027, 1, 31);
    private static final Set<String> CAMPAIGN_STREETS = Set.of(SyntheticCity.MARKTSTRASSE, SyntheticCity.STIFTSPLATZ);
    private static final Set<String> ALL_STREETS = Set.of(SyntheticCity.MARKTSTRASSE, SyntheticCity.STIFTSPLATZ,
            SyntheticCity.FACKELSTRASSE);
    private static final Set<LocalDate> HOLIDAYS = PublicHolidays.dates(Region.RP, 2025, 2027);
    private static final Predicate<LocalDate> ORDINARY = day -> !HOLIDAYS.contains(day) && !day.equals(ADVENT_SATURDAY);
    private static final int WEEKS = 4;
    private static final long[] SEEDS = {1, 2, 3, 4, 5};

    @Test
    void aTrueFifteenPercentIsFoundAgainstTheControlStreetAndCalledAnEffect() {
        for (long seed : SEEDS) {
            Map<String, Map<LocalDateTime, Hour>> city = SyntheticCity.counts(FIRST_DAY, LAST_DAY, seed, CAMPAIGN_STREETS, hours(), 0.15);
            for (String street : CAMPAIGN_STREETS) {
                Result result = measureWithControl(city, street);

                assertThat(result.adjustment()).isEqualTo(Adjustment.CONTROL_POINTS);
                assertThat(result.upliftPercent().getAsDouble()).as("seed %d, %s", seed, street).isBetween(10.0, 20.0);
                assertThat(result.upliftLowPercent().getAsDouble()).as("band holds the truth").isLessThanOrEqualTo(15.0);
                assertThat(result.upliftHighPercent().getAsDouble()).as("band holds the truth").isGreaterThanOrEqualTo(15.0);
                assertThat(result.measurable()).as("seed %d, %s", seed, street).isTrue();
            }
        }
    }

    @Test
    void anAdventSaturdayWithoutEffectIsNotCalledAnEffectThoughTheWeeksBeforeWereQuieter() {
        for (long seed : SEEDS) {
            Map<String, Map<LocalDateTime, Hour>> city = SyntheticCity.counts(FIRST_DAY, LAST_DAY, seed, CAMPAIGN_STREETS, hours(), 0);
            for (String street : CAMPAIGN_STREETS) {
                double firstMethod = againstTheFourWeeksBefore(city.get(street));
                if (city.get(street).get(hours().get(0)).wet()) {
                    assertThat(firstMethod).as("the first method's reading, seed %d: rain looked like a failure", seed).isLessThan(-5.0);
                } else {
                    assertThat(firstMethod).as("the first method's reading, seed %d: the season looked like an effect", seed).isGreaterThan(10.0);
                }
                Result result = measureWithControl(city, street);

                assertThat(result.upliftPercent().getAsDouble()).as("seed %d, %s", seed, street).isBetween(-5.0, 5.0);
                assertThat(result.measurable()).as("seed %d, %s: within ordinary variation", seed, street).isFalse();
            }
        }
    }

    /**
     * A campaign over every street leaves no control; the same days a year before tell the season.
     * Rain on the campaign day is then not corrected for, and the result says how many of its hours
     * were wet: on the dry seeds no effect is no effect, and the known +15 % lies in the band.
     */
    @Test
    void withoutAControlStreetTheYearBeforeTellsTheSeasonAndRainIsReported() {
        int dry = 0;
        for (long seed : SEEDS) {
            Map<String, Map<LocalDateTime, Hour>> none = SyntheticCity.counts(FIRST_DAY, LAST_DAY, seed, ALL_STREETS, hours(), 0);
            Map<String, Map<LocalDateTime, Hour>> fifteen = SyntheticCity.counts(FIRST_DAY, LAST_DAY, seed, ALL_STREETS, hours(), 0.15);
            boolean rained = none.get(SyntheticCity.MARKTSTRASSE).get(hours().get(0)).wet();
            for (String street : ALL_STREETS) {
                Result noEffect = CampaignEffect.measure(hours(), none.get(street), List.of(), ORDINARY, WEEKS);
                Result effect = CampaignEffect.measure(hours(), fifteen.get(street), List.of(), ORDINARY, WEEKS);

                assertThat(noEffect.adjustment()).isEqualTo(Adjustment.PREVIOUS_YEAR);
                assertThat(noEffect.wetHours()).as("seed %d", seed).isEqualTo(rained ? 10 : 0);
                if (!rained) {
                    assertThat(noEffect.measurable()).as("seed %d, %s: %s", seed, street, noEffect).isFalse();
                    assertThat(effect.upliftLowPercent().getAsDouble()).as("seed %d, %s: %s", seed, street, effect).isLessThanOrEqualTo(15.0);
                    assertThat(effect.upliftHighPercent().getAsDouble()).as("seed %d, %s: %s", seed, street, effect)
                            .isGreaterThanOrEqualTo(15.0);
                }
            }
            dry += rained ? 0 : 1;
        }
        assertThat(dry).as("the seeds hold dry and rainy campaign days").isBetween(2, SEEDS.length - 1);
    }

    @Test
    void withNeitherControlNorYearBeforeTheResultSaysItIsNotAdjusted() {
        Map<String, Map<LocalDateTime, Hour>> city = SyntheticCity.counts(LocalDate.of(2026, 9, 1), LAST_DAY, 7, ALL_STREETS, hours(), 0);

        Result result = CampaignEffect.measure(hours(), city.get(SyntheticCity.MARKTSTRASSE), List.of(), ORDINARY, WEEKS);

        assertThat(result.adjustment()).isEqualTo(Adjustment.NONE);
        assertThat(result.comparisonDays()).as("four Saturdays before, four after (26 December is a holiday)").isEqualTo(8);
        assertThat(result.hoursCompared()).isEqualTo(10);
    }

    private static Result measureWithControl(Map<String, Map<LocalDateTime, Hour>> city, String street) {
        return CampaignEffect.measure(hours(), city.get(street), List.of(city.get(SyntheticCity.FACKELSTRASSE)), ORDINARY, WEEKS);
    }

    /** What the first method reported: the campaign hours against the same hours of the four Saturdays before. */
    private static double againstTheFourWeeksBefore(Map<LocalDateTime, Hour> counts) {
        double campaign = 0;
        double before = 0;
        for (LocalDateTime hour : hours()) {
            campaign += counts.get(hour).pedestrians();
            for (int week = 1; week <= 4; week++) {
                before += counts.get(hour.minusWeeks(week)).pedestrians() / 4.0;
            }
        }
        return (campaign / before - 1) * 100;
    }

    private static List<LocalDateTime> hours() {
        List<LocalDateTime> hours = new ArrayList<>();
        for (int hour = 10; hour < 20; hour++) {
            hours.add(ADVENT_SATURDAY.atTime(hour, 0));
        }
        return hours;
    }
}
