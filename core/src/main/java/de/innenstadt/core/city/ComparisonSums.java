// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import de.innenstadt.core.city.CampaignEffect.Hour;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The sums a {@link CampaignEffect} is computed from: the campaign hours that were counted on every
 * side, summed at the campaign point, at the control points, on each comparison day, and a year
 * before. Comparison days are aligned by position (the first before, the second before, …, then the
 * first after, …), so each position is one ordinary "day" to compare with.
 *
 * @param campaign pedestrians at the point in the compared campaign hours
 * @param control pedestrians at the control points in the same hours (0 without controls)
 * @param yearBefore pedestrians at the point in the same hours 52 weeks earlier (0 when not asked)
 * @param comparisonDays the point's sum on each comparison day position
 * @param controlDays the control points' sum on each position
 * @param yearBeforeDays the point's sum on each comparison day 52 weeks earlier
 * @param days how many comparison days each campaign day has
 * @param wet compared campaign hours with rain or snow
 * @param wetComparison their comparison hours with rain or snow
 */
record ComparisonSums(long campaign, long control, long yearBefore, long[] comparisonDays, long[] controlDays,
        long[] yearBeforeDays, int days, int compared, int leftOut, int unverified, int wet, int wetComparison) {

    /** How far ordinary days are looked for, in multiples of the days wanted on each side. */
    private static final int LOOKBACK_FACTOR = 4;
    private static final int WEEKS_A_YEAR = 52;

    static ComparisonSums of(Map<LocalDate, List<LocalDateTime>> hoursByDay, Map<LocalDateTime, Hour> counts,
            List<Map<LocalDateTime, Hour>> controls, boolean withYearBefore, Predicate<LocalDate> ordinaryDay, int weeks) {
        Map<LocalDate, List<LocalDate>> comparison = new LinkedHashMap<>();
        hoursByDay.forEach((day, hours) -> comparison.put(day, comparisonDays(day, hours, counts, ordinaryDay, weeks)));
        int days = comparison.values().stream().filter(list -> list.size() >= weeks).mapToInt(List::size).min().orElse(0);
        Builder sums = new Builder(days, !controls.isEmpty());
        for (Map.Entry<LocalDate, List<LocalDateTime>> day : hoursByDay.entrySet()) {
            List<LocalDate> around = aligned(comparison.get(day.getKey()), days);
            List<LocalDate> yearBefore = withYearBefore ? yearBefore(day.getKey(), around, ordinaryDay) : List.of();
            boolean usable = around.size() >= weeks && (!withYearBefore || !yearBefore.isEmpty());
            for (LocalDateTime hour : day.getValue()) {
                if (!usable || !sums.add(hour, around, yearBefore, counts, controls, withYearBefore)) {
                    sums.leftOut++;
                }
            }
        }
        return sums.build();
    }

    /**
     * The N nearest ordinary days of the same weekday before the day, then up to N after it on which
     * the point counted in the campaign hours; empty positions are not filled from further away than
     * {@value #LOOKBACK_FACTOR} times N weeks.
     */
    private static List<LocalDate> comparisonDays(LocalDate day, List<LocalDateTime> hours, Map<LocalDateTime, Hour> counts,
            Predicate<LocalDate> ordinaryDay, int weeks) {
        List<LocalDate> days = new ArrayList<>();
        for (int back = 1; back <= weeks * LOOKBACK_FACTOR && days.size() < weeks; back++) {
            if (ordinaryDay.test(day.minusWeeks(back))) {
                days.add(day.minusWeeks(back));
            }
        }
        int before = days.size();
        for (int ahead = 1; ahead <= weeks * LOOKBACK_FACTOR && days.size() < before + weeks; ahead++) {
            LocalDate later = day.plusWeeks(ahead);
            if (ordinaryDay.test(later) && hours.stream().anyMatch(hour -> counts.containsKey(later.atTime(hour.toLocalTime())))) {
                days.add(later);
            }
        }
        return days;
    }

    /** The first {@code days} positions: all N before, then as many after as every campaign day has. */
    private static List<LocalDate> aligned(List<LocalDate> around, int days) {
        return around.size() < days ? around : around.subList(0, days);
    }

    /**
     * The campaign day 52 weeks earlier followed by each comparison day 52 weeks earlier (the same
     * weekdays in the same season); empty when any of them was no ordinary day.
     */
    private static List<LocalDate> yearBefore(LocalDate day, List<LocalDate> around, Predicate<LocalDate> ordinaryDay) {
        List<LocalDate> days = new ArrayList<>(List.of(day.minusWeeks(WEEKS_A_YEAR)));
        around.forEach(other -> days.add(other.minusWeeks(WEEKS_A_YEAR)));
        return days.stream().allMatch(ordinaryDay) ? days : List.of();
    }

    /** Sums hour by hour; an hour missing anywhere is left out everywhere. */
    private static final class Builder {

        private final long[] comparisonDays;
        private final long[] controlDays;
        private final long[] yearBeforeDays;
        private final boolean withControls;
        private long campaign;
        private long control;
        private long yearBefore;
        private int compared;
        private int leftOut;
        private int unverified;
        private int wet;
        private int wetComparison;

        Builder(int days, boolean withControls) {
            this.comparisonDays = new long[days];
            this.controlDays = new long[days];
            this.yearBeforeDays = new long[days];
            this.withControls = withControls;
        }

        /** Adds the hour if it was counted on every side; false (nothing added) otherwise. */
        boolean add(LocalDateTime hour, List<LocalDate> around, List<LocalDate> yearBeforeDays, Map<LocalDateTime, Hour> counts,
                List<Map<LocalDateTime, Hour>> controls, boolean withYearBefore) {
            List<LocalDateTime> needed = new ArrayList<>(List.of(hour));
            around.forEach(day -> needed.add(day.atTime(hour.toLocalTime())));
            List<LocalDateTime> neededBefore = yearBeforeDays.stream().map(day -> day.atTime(hour.toLocalTime())).toList();
            if (around.size() != comparisonDays.length || !counted(counts, needed) || !counted(counts, neededBefore)
                    || controls.stream().anyMatch(other -> !counted(other, needed))) {
                return false;
            }
            boolean anyUnverified = false;
            campaign += counts.get(hour).pedestrians();
            for (int day = 0; day < around.size(); day++) {
                Hour then = counts.get(needed.get(day + 1));
                comparisonDays[day] += then.pedestrians();
                anyUnverified |= then.unverified();
                if (then.wet()) {
                    wetComparison++;
                }
                for (Map<LocalDateTime, Hour> other : controls) {
                    controlDays[day] += other.get(needed.get(day + 1)).pedestrians();
                }
                if (withYearBefore) {
                    this.yearBeforeDays[day] += counts.get(neededBefore.get(day + 1)).pedestrians();
                }
            }
            for (Map<LocalDateTime, Hour> other : controls) {
                control += other.get(hour).pedestrians();
            }
            if (withYearBefore) {
                yearBefore += counts.get(neededBefore.get(0)).pedestrians();
            }
            compared++;
            if (counts.get(hour).wet()) {
                wet++;
            }
            if (anyUnverified || counts.get(hour).unverified()) {
                unverified++;
            }
            return true;
        }

        private static boolean counted(Map<LocalDateTime, Hour> counts, List<LocalDateTime> hours) {
            return hours.stream().allMatch(counts::containsKey);
        }

        ComparisonSums build() {
            return new ComparisonSums(campaign, withControls ? control : 0, yearBefore, comparisonDays, controlDays,
                    yearBeforeDays, comparisonDays.length, compared, leftOut, unverified, wet, wetComparison);
        }
    }
}
