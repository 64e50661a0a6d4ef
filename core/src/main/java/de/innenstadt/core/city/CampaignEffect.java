// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * How many more (or fewer) pedestrians a counting point saw during a campaign than it would have seen
 * without it. The method is written for the reader in docs/city-management.md with a worked example;
 * in short:
 * <ol>
 * <li><b>Comparison days.</b> Each campaign day is compared with the same weekday and hours of up to
 * N ordinary days before it and N after it (as far as counted): no public holiday, no campaign. Days
 * on both sides centre the comparison on the season instead of comparing an Advent Saturday with
 * November only.</li>
 * <li><b>Adjustment</b>, the first that can be made:
 * <ul>
 * <li>{@link Adjustment#CONTROL_POINTS}: counting points outside the campaign area, counted in the
 * same hours. The campaign point is measured against them (its share of the city's footfall), so a
 * busy season, rain or a trend that touch the whole city cancel out.</li>
 * <li>{@link Adjustment#PREVIOUS_YEAR}: the point itself 52 weeks earlier, on the campaign day
 * and on each comparison day. The campaign day is measured against its own day a year before, scaled
 * by how this year's comparison days did against theirs, so the season (Advent, the January lull)
 * cancels out; weather and chance do not, and widen the band.</li>
 * <li>{@link Adjustment#NONE}: neither is available; the result says so.</li>
 * </ul></li>
 * <li><b>Uncertainty.</b> Each comparison day is compared with the mean of the others as if it
 * were the campaign day; the root mean square of those ordinary "effects" ({@code s}) is how much
 * an ordinary day differs by chance (with the previous year's comparison added when it is used).
 * With {@code K} comparison days the half-width is {@code w = t · s · √(1 + 1/K)}, {@code t} the
 * 97.5 % quantile of Student's t with {@code K − 1} degrees of freedom (a 95 % prediction interval
 * for one more ordinary day). The band is {@code ratio / (1 + w) − 1} to {@code ratio / (1 − w) − 1};
 * a band that includes zero is no measurable effect.</li>
 * </ol>
 * Rain and snow are counted on the campaign hours and the comparison hours and reported: only the
 * control points correct for them.
 * An hour is compared only when it was counted on every side (campaign, comparison days, control
 * points, previous year): a gap is left out, not counted as zero, and the hours left out are
 * reported. Unverified hours are used and counted.
 */
public final class CampaignEffect {

    /** How an expectation was corrected for what touches the whole city. */
    public enum Adjustment { CONTROL_POINTS, PREVIOUS_YEAR, NONE }

    /**
     * One counted hour (local time of the city).
     *
     * @param wet whether the operator reported rain, snow or sleet in it
     */
    public record Hour(int pedestrians, boolean unverified, boolean wet) {

        /** An hour without weather. */
        public Hour(int pedestrians, boolean unverified) {
            this(pedestrians, unverified, false);
        }

        /** Whether a counter operator's weather condition keeps people at home (hystreet: rain, snow, sleet). */
        public static boolean isWet(String weather) {
            return weather != null && (weather.contains("rain") || weather.contains("snow") || weather.contains("sleet"));
        }
    }

    /**
     * The comparison at one counting point.
     *
     * @param campaignTotal pedestrians in the compared campaign hours
     * @param expected pedestrians expected in those hours without the campaign, if there is anything to compare
     * @param comparisonDays how many comparison days each campaign day was compared with
     * @param adjustment how the expectation was corrected
     * @param ratio campaign total / expected
     * @param spread the relative half-width {@code w} of the band (see the class comment), NaN if unknown
     * @param hoursCompared campaign hours with a count on every side
     * @param hoursLeftOut campaign hours left out for a gap or too few ordinary days
     * @param unverifiedHours compared hours where some count was unverified
     * @param wetHours compared campaign hours with rain or snow: no adjustment but the control points' corrects for weather
     * @param wetComparisonHours the same hours on the comparison days with rain or snow
     */
    public record Result(long campaignTotal, OptionalDouble expected, int comparisonDays, Adjustment adjustment, double ratio,
            double spread, int hoursCompared, int hoursLeftOut, int unverifiedHours, int wetHours, int wetComparisonHours) {

        /** Uplift against the expectation, in percent; empty when there is nothing to compare. */
        public OptionalDouble upliftPercent() {
            return expected.isPresent() ? OptionalDouble.of((ratio - 1) * 100) : OptionalDouble.empty();
        }

        /** Lower end of the band, in percent. */
        public OptionalDouble upliftLowPercent() {
            return expected.isPresent() && !Double.isNaN(spread) ? OptionalDouble.of((ratio / (1 + spread) - 1) * 100)
                    : OptionalDouble.empty();
        }

        /** Upper end of the band, in percent; empty when ordinary days vary by half or more. */
        public OptionalDouble upliftHighPercent() {
            return expected.isPresent() && !Double.isNaN(spread) && spread < 1
                    ? OptionalDouble.of((ratio / (1 - spread) - 1) * 100) : OptionalDouble.empty();
        }

        /** Whether the campaign is outside ordinary variation: the band lies wholly above or below zero. */
        public boolean measurable() {
            OptionalDouble low = upliftLowPercent();
            OptionalDouble high = upliftHighPercent();
            return low.isPresent() && high.isPresent() && (low.getAsDouble() > 0 || high.getAsDouble() < 0);
        }

        /** Whether the totals are too small to show (see {@link SmallGroups}). */
        public boolean suppressed() {
            return SmallGroups.isSuppressed(campaignTotal) || expected.orElse(0) < SmallGroups.MINIMUM;
        }
    }

    private CampaignEffect() {
    }

    /**
     * Compares the campaign hours at one counting point with what was to be expected.
     *
     * @param campaignHours the campaign's hours in the city's local time
     * @param counts the point's counted hours in local time; a missing key is a gap
     * @param controls the counted hours of counting points outside the campaign area (may be empty)
     * @param ordinaryDay whether a day may serve for comparison (no holiday, no campaign)
     * @param weeks how many ordinary days on each side of a campaign day are compared
     */
    public static Result measure(List<LocalDateTime> campaignHours, Map<LocalDateTime, Hour> counts,
            List<Map<LocalDateTime, Hour>> controls, Predicate<LocalDate> ordinaryDay, int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("The comparison needs at least one week, not " + weeks);
        }
        Map<LocalDate, List<LocalDateTime>> byDay = campaignHours.stream()
                .collect(Collectors.groupingBy(LocalDateTime::toLocalDate, TreeMap::new, Collectors.toList()));
        ComparisonSums plain = ComparisonSums.of(byDay, counts, List.of(), false, ordinaryDay, weeks);
        if (!controls.isEmpty()) {
            ComparisonSums controlled = ComparisonSums.of(byDay, counts, controls, false, ordinaryDay, weeks);
            if (enough(controlled, plain)) {
                return result(controlled, Adjustment.CONTROL_POINTS);
            }
        }
        ComparisonSums yearBefore = ComparisonSums.of(byDay, counts, List.of(), true, ordinaryDay, weeks);
        if (enough(yearBefore, plain)) {
            return result(yearBefore, Adjustment.PREVIOUS_YEAR);
        }
        return result(plain, Adjustment.NONE);
    }

    /** An adjustment is used when it keeps at least half of the hours the plain comparison has. */
    private static boolean enough(ComparisonSums adjusted, ComparisonSums plain) {
        return adjusted.compared() > 0 && adjusted.compared() * 2 >= plain.compared();
    }

    private static Result result(ComparisonSums sums, Adjustment adjustment) {
        Optional<Estimate> estimate = sums.compared() == 0 ? Optional.empty() : estimate(sums, adjustment);
        if (estimate.isEmpty()) {
            return new Result(sums.campaign(), OptionalDouble.empty(), sums.days(), adjustment, Double.NaN, Double.NaN,
                    0, sums.compared() + sums.leftOut(), 0, 0, 0);
        }
        return new Result(sums.campaign(), OptionalDouble.of(estimate.get().expected()), sums.days(), adjustment,
                sums.campaign() / estimate.get().expected(), estimate.get().spread(), sums.compared(), sums.leftOut(),
                sums.unverified(), sums.wet(), sums.wetComparison());
    }

    private record Estimate(double expected, double spread) {
    }

    /**
     * The expectation from the comparison days' level, measured against the reference (the control
     * points, or the same days a year earlier) where there is one.
     */
    private static Optional<Estimate> estimate(ComparisonSums sums, Adjustment adjustment) {
        long[] referenceDays = switch (adjustment) {
            case CONTROL_POINTS -> sums.controlDays();
            case PREVIOUS_YEAR -> sums.yearBeforeDays();
            case NONE -> null;
        };
        double[] level = new double[sums.days()];
        for (int day = 0; day < level.length; day++) {
            if (referenceDays != null && referenceDays[day] == 0) {
                return Optional.empty();
            }
            level[day] = referenceDays == null ? sums.comparisonDays()[day] : (double) sums.comparisonDays()[day] / referenceDays[day];
        }
        double expected = mean(level, -1) * switch (adjustment) {
            case CONTROL_POINTS -> sums.control();
            case PREVIOUS_YEAR -> sums.yearBefore();
            case NONE -> 1;
        };
        double halfWidth = studentT975(level.length - 1) * Math.sqrt(ordinaryVariance(level) * (1 + 1.0 / level.length));
        return expected > 0 ? Optional.of(new Estimate(expected, halfWidth)) : Optional.empty();
    }

    /** The 97.5 % quantile of Student's t distribution (two-sided 95 %), from the usual table. */
    static double studentT975(int degreesOfFreedom) {
        double[] table = {Double.NaN, 12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
            2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086};
        if (degreesOfFreedom < 1) {
            return Double.NaN;
        }
        return degreesOfFreedom < table.length ? table[degreesOfFreedom] : degreesOfFreedom <= 30 ? 2.042 : 1.96;
    }

    /**
     * The mean square of each day's deviation from the mean of the other days: what a campaign day's
     * "effect" would be if it were an ordinary day. NaN with fewer than two days.
     */
    static double ordinaryVariance(double[] days) {
        if (days.length < 2) {
            return Double.NaN;
        }
        double sum = 0;
        for (int day = 0; day < days.length; day++) {
            double others = mean(days, day);
            if (others <= 0) {
                return Double.NaN;
            }
            double deviation = days[day] / others - 1;
            sum += deviation * deviation;
        }
        return sum / days.length;
    }

    /** The mean of the values, leaving out the one at {@code skip} (or none when it is -1). */
    private static double mean(double[] values, int skip) {
        double sum = 0;
        int n = 0;
        for (int i = 0; i < values.length; i++) {
            if (i != skip) {
                sum += values[i];
                n++;
            }
        }
        return sum / n;
    }
}
