// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * How many more (or fewer) pedestrians a counting point saw during a campaign than in ordinary weeks.
 *
 * <p>Method: every campaign hour is compared with the same weekday and hour in the {@code weeks}
 * most recent earlier weeks whose day was ordinary (no public holiday, no campaign or event). An
 * hour is compared only when the campaign hour and all its baseline hours were counted: a counter
 * outage leaves the hour out on both sides instead of counting it as zero, and the number of hours
 * left out is reported. Summing the compared hours gives the campaign total {@code C} and one total
 * {@code B1…BN} per baseline week; the uplift is {@code C / mean(B) − 1}, and the spread band is
 * the uplift against the busiest and the quietest baseline week ({@code C / max(B) − 1} to
 * {@code C / min(B) − 1}), so a band that includes zero means the campaign is within ordinary
 * variation. Unverified hours are used but counted, so the reader can judge them.
 */
public final class CampaignEffect {

    /** How far back ordinary weeks are looked for, in multiples of the weeks wanted. */
    private static final int LOOKBACK_FACTOR = 4;

    /** One counted hour (local time of the city). */
    public record Hour(int pedestrians, boolean unverified) {
    }

    /**
     * The comparison at one counting point.
     *
     * @param campaignTotal pedestrians in the compared campaign hours
     * @param baselineWeekTotals pedestrians in the same hours of each baseline week, most recent first
     * @param hoursCompared campaign hours with a count on both sides
     * @param hoursLeftOut campaign hours left out for a gap or for too few ordinary weeks
     * @param unverifiedHours compared hours where the campaign or a baseline hour was unverified
     */
    public record Result(long campaignTotal, List<Long> baselineWeekTotals, int hoursCompared, int hoursLeftOut,
            int unverifiedHours) {

        public Result {
            baselineWeekTotals = List.copyOf(baselineWeekTotals);
        }

        public OptionalDouble baselineMean() {
            return baselineWeekTotals.stream().mapToLong(Long::longValue).average();
        }

        /** Uplift against the mean of the baseline weeks, in percent; empty when there is nothing to compare. */
        public OptionalDouble upliftPercent() {
            OptionalDouble mean = baselineMean();
            return mean.isPresent() && mean.getAsDouble() > 0 ? OptionalDouble.of(percent(campaignTotal, mean.getAsDouble()))
                    : OptionalDouble.empty();
        }

        /** Lower end of the band: against the busiest baseline week. */
        public OptionalDouble upliftLowPercent() {
            long max = baselineWeekTotals.stream().mapToLong(Long::longValue).max().orElse(0);
            return max > 0 ? OptionalDouble.of(percent(campaignTotal, max)) : OptionalDouble.empty();
        }

        /** Upper end of the band: against the quietest baseline week. */
        public OptionalDouble upliftHighPercent() {
            long min = baselineWeekTotals.stream().mapToLong(Long::longValue).min().orElse(0);
            return min > 0 ? OptionalDouble.of(percent(campaignTotal, min)) : OptionalDouble.empty();
        }

        /** Whether the totals are too small to show (see {@link SmallGroups}). */
        public boolean suppressed() {
            return SmallGroups.isSuppressed(campaignTotal) || baselineMean().orElse(0) < SmallGroups.MINIMUM;
        }

        private static double percent(long value, double base) {
            return (value / base - 1) * 100;
        }
    }

    private CampaignEffect() {
    }

    /**
     * Compares the campaign hours with their baseline.
     *
     * @param campaignHours the campaign's hours in the city's local time
     * @param counts counted hours in local time; a missing key is a gap
     * @param ordinaryDay whether a day may serve as baseline (no holiday, no campaign)
     * @param weeks how many ordinary weeks make the baseline
     */
    public static Result measure(List<LocalDateTime> campaignHours, Map<LocalDateTime, Hour> counts,
            Predicate<LocalDate> ordinaryDay, int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("The baseline needs at least one week, not " + weeks);
        }
        Map<LocalDate, Optional<List<Integer>>> offsetsByDay = new TreeMap<>();
        long campaignTotal = 0;
        long[] weekTotals = new long[weeks];
        int compared = 0;
        int leftOut = 0;
        int unverified = 0;
        for (LocalDateTime hour : campaignHours) {
            Optional<List<Integer>> offsets = offsetsByDay.computeIfAbsent(hour.toLocalDate(),
                    day -> ordinaryWeeksBefore(day, ordinaryDay, weeks));
            Hour during = counts.get(hour);
            if (offsets.isEmpty() || during == null) {
                leftOut++;
                continue;
            }
            List<Hour> baseline = new ArrayList<>(weeks);
            for (int weeksBack : offsets.get()) {
                Hour before = counts.get(hour.minusWeeks(weeksBack));
                if (before == null) {
                    break;
                }
                baseline.add(before);
            }
            if (baseline.size() < weeks) {
                leftOut++;
                continue;
            }
            compared++;
            campaignTotal += during.pedestrians();
            boolean anyUnverified = during.unverified();
            for (int week = 0; week < weeks; week++) {
                weekTotals[week] += baseline.get(week).pedestrians();
                anyUnverified |= baseline.get(week).unverified();
            }
            if (anyUnverified) {
                unverified++;
            }
        }
        List<Long> totals = new ArrayList<>(weeks);
        if (compared > 0) {
            for (long total : weekTotals) {
                totals.add(total);
            }
        }
        return new Result(campaignTotal, totals, compared, leftOut, unverified);
    }

    /** The N nearest earlier weeks (as weeks back) whose same weekday was ordinary, if there are N. */
    static Optional<List<Integer>> ordinaryWeeksBefore(LocalDate day, Predicate<LocalDate> ordinaryDay, int weeks) {
        List<Integer> offsets = new ArrayList<>(weeks);
        for (int back = 1; back <= weeks * LOOKBACK_FACTOR && offsets.size() < weeks; back++) {
            if (ordinaryDay.test(day.minusWeeks(back))) {
                offsets.add(back);
            }
        }
        return offsets.size() == weeks ? Optional.of(List.copyOf(offsets)) : Optional.empty();
    }
}
