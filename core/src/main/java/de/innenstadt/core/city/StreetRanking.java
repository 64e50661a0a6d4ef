// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import de.innenstadt.core.platform.Actor;
import de.innenstadt.core.platform.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Which streets gained or lost between two periods („Fackelstraße −6 % gegenüber 2025“). Each street's
 * pedestrians per day are the mean of its completely counted days, taken per weekday and then averaged
 * over the weekdays both periods have, so a period with one Saturday more does not look busier and a
 * day with an outage does not look quieter. A period counted completely on fewer than half of its days
 * (a counter installed in its middle, a long outage) gives no figure rather than one from a few days.
 */
@ApplicationScoped
public class StreetRanking {

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    private CitySettingsService city;

    /**
     * One street in two periods.
     *
     * @param before pedestrians per day in the earlier (comparison) period, if it has complete days
     * @param after pedestrians per day in the later period
     * @param daysBefore completely counted days of the earlier period
     * @param daysAfter completely counted days of the later period
     */
    public record StreetChange(FootfallLocation location, OptionalDouble before, OptionalDouble after, int daysBefore,
            int daysAfter) {

        /** The change in percent; empty when a period has no complete day of a weekday the other has. */
        public OptionalDouble changePercent() {
            return before.isPresent() && after.isPresent() && before.getAsDouble() > 0
                    ? OptionalDouble.of((after.getAsDouble() / before.getAsDouble() - 1) * 100) : OptionalDouble.empty();
        }
    }

    /** Every counting point, the biggest gain first and the points without a comparison last. */
    @Transactional
    public List<StreetChange> rank(Actor actor, LocalDate beforeFrom, LocalDate beforeTo, LocalDate afterFrom, LocalDate afterTo) {
        actor.requireRole(Role.CITY_MANAGER);
        ZoneId zone = city.current().getZone();
        List<FootfallLocation> locations = em.createQuery("select l from FootfallLocation l order by l.name", FootfallLocation.class)
                .getResultList();
        Map<Long, Map<LocalDate, Long>> before = completeDays(em, beforeFrom, beforeTo, zone);
        Map<Long, Map<LocalDate, Long>> after = completeDays(em, afterFrom, afterTo, zone);
        return locations.stream().map(location -> {
            Map<LocalDate, Long> earlier = before.getOrDefault(location.getId(), Map.of());
            Map<LocalDate, Long> later = after.getOrDefault(location.getId(), Map.of());
            double[] means = covered(earlier, beforeFrom, beforeTo) && covered(later, afterFrom, afterTo)
                    ? balancedDailyMeans(earlier, later) : new double[0];
            return new StreetChange(location, means.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(means[0]),
                    means.length == 0 ? OptionalDouble.empty() : OptionalDouble.of(means[1]), earlier.size(), later.size());
        }).sorted(Comparator.comparingDouble((StreetChange change) -> change.changePercent().orElse(Double.NEGATIVE_INFINITY))
                .reversed().thenComparing(change -> change.location().getName())).toList();
    }

    /**
     * Pedestrians per day in each period: per weekday the mean of its complete days, then the mean
     * over the weekdays both periods have; empty when they share none.
     */
    static double[] balancedDailyMeans(Map<LocalDate, Long> earlier, Map<LocalDate, Long> later) {
        Map<DayOfWeek, double[]> first = byWeekday(earlier);
        Map<DayOfWeek, double[]> second = byWeekday(later);
        double sumFirst = 0;
        double sumSecond = 0;
        int weekdays = 0;
        for (Map.Entry<DayOfWeek, double[]> weekday : first.entrySet()) {
            double[] other = second.get(weekday.getKey());
            if (other != null) {
                sumFirst += weekday.getValue()[0] / weekday.getValue()[1];
                sumSecond += other[0] / other[1];
                weekdays++;
            }
        }
        return weekdays == 0 ? new double[0] : new double[] {sumFirst / weekdays, sumSecond / weekdays};
    }

    /** Whether at least half of the period's days were counted completely. */
    static boolean covered(Map<LocalDate, Long> completeDays, LocalDate from, LocalDate to) {
        return completeDays.size() * 2L >= to.toEpochDay() - from.toEpochDay() + 1;
    }

    /** Sum and number of days per weekday. */
    static Map<DayOfWeek, double[]> byWeekday(Map<LocalDate, Long> days) {
        Map<DayOfWeek, double[]> sums = new EnumMap<>(DayOfWeek.class);
        days.forEach((day, total) -> {
            double[] sum = sums.computeIfAbsent(day.getDayOfWeek(), weekday -> new double[2]);
            sum[0] += total;
            sum[1]++;
        });
        return sums;
    }

    /** Each point's totals of the local days in the period on which every hour was counted (23 or 25 when the clocks change). */
    static Map<Long, Map<LocalDate, Long>> completeDays(EntityManager em, LocalDate first, LocalDate last, ZoneId zone) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT location_id, hour_start, pedestrians FROM footfall_count"
                        + " WHERE hour_start >= ?1 AND hour_start < ?2")
                .setParameter(1, Timestamp.valueOf(first.atStartOfDay(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime()))
                .setParameter(2, Timestamp.valueOf(last.plusDays(1).atStartOfDay(zone).withZoneSameInstant(ZoneOffset.UTC)
                        .toLocalDateTime()))
                .getResultList();
        Map<Long, Map<LocalDate, long[]>> days = new HashMap<>();
        for (Object[] row : rows) {
            LocalDateTime utc = row[1] instanceof Timestamp timestamp ? timestamp.toLocalDateTime() : (LocalDateTime) row[1];
            LocalDate day = utc.atOffset(ZoneOffset.UTC).atZoneSameInstant(zone).toLocalDate();
            long[] sum = days.computeIfAbsent(((Number) row[0]).longValue(), id -> new HashMap<>()).computeIfAbsent(day, d -> new long[2]);
            sum[0] += ((Number) row[2]).longValue();
            sum[1]++;
        }
        Map<Long, Map<LocalDate, Long>> complete = new HashMap<>();
        days.forEach((location, byDay) -> byDay.forEach((day, sum) -> {
            long hours = Duration.between(day.atStartOfDay(zone), day.plusDays(1).atStartOfDay(zone)).toHours();
            if (sum[1] == hours) {
                complete.computeIfAbsent(location, id -> new HashMap<>()).put(day, sum[0]);
            }
        }));
        return complete;
    }
}
