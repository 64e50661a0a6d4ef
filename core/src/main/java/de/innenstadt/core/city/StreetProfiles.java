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
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The shape of each street's week and who walks it: pedestrians per weekday (the mean of its
 * completely counted days, so an outage day does not pull a weekday down) for every street in one
 * table, and the direction and adult/child split a counter measures.
 */
@ApplicationScoped
public class StreetProfiles {

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    private CitySettingsService city;

    /** One street's mean pedestrians per completely counted day of each weekday. */
    public record WeekdayProfile(FootfallLocation location, Map<DayOfWeek, OptionalDouble> perDay, int completeDays) {
    }

    /**
     * Totals over the hours in which the counter measured each split (older counters measure neither).
     *
     * @param directionHours hours with both directions counted
     * @param ageHours hours with adults and children counted
     */
    public record Split(long leftToRight, long rightToLeft, int directionHours, long adults, long children, int ageHours) {

        public OptionalDouble leftToRightPercent() {
            return share(leftToRight, leftToRight + rightToLeft);
        }

        public OptionalDouble childrenPercent() {
            return share(children, adults + children);
        }

        private static OptionalDouble share(long part, long whole) {
            return whole == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * part / whole);
        }
    }

    /** Every street's weekday profile from the first to the last local day. */
    @Transactional
    public List<WeekdayProfile> weekdays(Actor actor, LocalDate first, LocalDate last) {
        actor.requireRole(Role.CITY_MANAGER);
        ZoneId zone = city.current().getZone();
        Map<Long, Map<LocalDate, Long>> days = StreetRanking.completeDays(em, first, last, zone);
        return em.createQuery("select l from FootfallLocation l order by l.name", FootfallLocation.class).getResultList().stream()
                .map(location -> {
                    Map<LocalDate, Long> complete = days.getOrDefault(location.getId(), Map.of());
                    Map<DayOfWeek, double[]> sums = StreetRanking.byWeekday(complete);
                    Map<DayOfWeek, OptionalDouble> perDay = new EnumMap<>(DayOfWeek.class);
                    for (DayOfWeek weekday : DayOfWeek.values()) {
                        double[] sum = sums.get(weekday);
                        perDay.put(weekday, sum == null ? OptionalDouble.empty() : OptionalDouble.of(sum[0] / sum[1]));
                    }
                    return new WeekdayProfile(location, perDay, complete.size());
                }).toList();
    }

    /** The direction and adult/child split of one counting point from the first to the last local day. */
    @Transactional
    public Split split(Actor actor, long locationId, LocalDate first, LocalDate last) {
        actor.requireRole(Role.CITY_MANAGER);
        ZoneId zone = city.current().getZone();
        Object[] row = (Object[]) em.createNativeQuery("SELECT"
                        + " SUM(CASE WHEN left_to_right IS NOT NULL AND right_to_left IS NOT NULL THEN left_to_right END),"
                        + " SUM(CASE WHEN left_to_right IS NOT NULL AND right_to_left IS NOT NULL THEN right_to_left END),"
                        + " SUM(CASE WHEN left_to_right IS NOT NULL AND right_to_left IS NOT NULL THEN 1 ELSE 0 END),"
                        + " SUM(CASE WHEN adults IS NOT NULL AND children IS NOT NULL THEN adults END),"
                        + " SUM(CASE WHEN adults IS NOT NULL AND children IS NOT NULL THEN children END),"
                        + " SUM(CASE WHEN adults IS NOT NULL AND children IS NOT NULL THEN 1 ELSE 0 END)"
                        + " FROM footfall_count WHERE location_id = ?1 AND hour_start >= ?2 AND hour_start < ?3")
                .setParameter(1, locationId)
                .setParameter(2, Timestamp.valueOf(first.atStartOfDay(zone).withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime()))
                .setParameter(3, Timestamp.valueOf(last.plusDays(1).atStartOfDay(zone).withZoneSameInstant(ZoneOffset.UTC)
                        .toLocalDateTime()))
                .getSingleResult();
        return new Split(number(row[0]), number(row[1]), (int) number(row[2]), number(row[3]), number(row[4]), (int) number(row[5]));
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
