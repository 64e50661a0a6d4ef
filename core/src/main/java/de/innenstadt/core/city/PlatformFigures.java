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
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the platform is used, for the city: whether the shops keep their stock current, how many
 * offers there are, reservations per month, and what people searched for in vain or nearly so.
 */
@ApplicationScoped
public class PlatformFigures {

    /** A shop without a feed keeps its stock by hand; a week without a change counts as out of date. */
    static final Duration WITHOUT_FEED = Duration.ofDays(7);

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    private CitySettingsService city;

    /**
     * Shops with offers, and how many confirmed their stock within their expected interval (their feed
     * interval, or a week for shops without a feed).
     */
    public record Freshness(int shops, int fresh, int withFeed, int freshWithFeed, long offers, int stores) {
    }

    @Transactional
    public Freshness freshness(Actor actor, Instant now) {
        actor.requireRole(Role.CITY_MANAGER);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT m.feed_interval_minutes, GREATEST("
                        + " COALESCE((SELECT MAX(o.stock_updated_at) FROM offer o JOIN store s ON s.id = o.store_id"
                        + " WHERE s.merchant_id = m.id), TIMESTAMP('1970-01-02')),"
                        + " COALESCE((SELECT MAX(f.finished_at) FROM feed_import f WHERE f.merchant_id = m.id), TIMESTAMP('1970-01-02')))"
                        + " FROM merchant m WHERE EXISTS (SELECT 1 FROM offer o JOIN store s ON s.id = o.store_id WHERE s.merchant_id = m.id)")
                .getResultList();
        int fresh = 0;
        int withFeed = 0;
        int freshWithFeed = 0;
        for (Object[] row : rows) {
            Duration expected = row[0] == null ? WITHOUT_FEED : Duration.ofMinutes(((Number) row[0]).longValue());
            Instant last = instant(row[1]);
            boolean current = !last.plus(expected).isBefore(now);
            fresh += current ? 1 : 0;
            if (row[0] != null) {
                withFeed++;
                freshWithFeed += current ? 1 : 0;
            }
        }
        Object[] totals = (Object[]) em.createNativeQuery("SELECT COUNT(*), COUNT(DISTINCT store_id) FROM offer").getSingleResult();
        return new Freshness(rows.size(), fresh, withFeed, freshWithFeed, ((Number) totals[0]).longValue(),
                ((Number) totals[1]).intValue());
    }

    /** Reservations made in each month of the city's calendar, from the first to the last month. */
    @Transactional
    public Map<YearMonth, Long> reservationsPerMonth(Actor actor, YearMonth first, YearMonth last) {
        actor.requireRole(Role.CITY_MANAGER);
        ZoneId zone = city.current().getZone();
        @SuppressWarnings("unchecked")
        List<Object> created = em.createNativeQuery("SELECT created_at FROM reservation WHERE created_at >= ?1 AND created_at < ?2")
                .setParameter(1, Timestamp.from(first.atDay(1).atStartOfDay(zone).toInstant()))
                .setParameter(2, Timestamp.from(last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()))
                .getResultList();
        Map<YearMonth, Long> months = new LinkedHashMap<>();
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            months.put(month, 0L);
        }
        created.forEach(at -> months.merge(YearMonth.from(instant(at).atZone(zone)), 1L, Long::sum));
        return months;
    }

    /**
     * Searches of the period that found nothing ({@code maxHits} 0) or nearly nothing, grouped by
     * spelling; a group searched fewer than five times is left out ({@link SmallGroups}).
     */
    @Transactional
    public List<SpellingGroups.Group> searchesWithFewHits(Actor actor, Instant from, Instant to, int minHits, int maxHits) {
        actor.requireRole(Role.CITY_MANAGER);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT query, COUNT(*) FROM search_log WHERE hits BETWEEN ?1 AND ?2"
                        + " AND occurred_at >= ?3 AND occurred_at < ?4 GROUP BY query")
                .setParameter(1, minHits)
                .setParameter(2, maxHits)
                .setParameter(3, Timestamp.from(from))
                .setParameter(4, Timestamp.from(to))
                .getResultList();
        Map<String, Long> counts = new LinkedHashMap<>();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return SpellingGroups.of(counts).stream().filter(group -> !SmallGroups.isSuppressed(group.total())).toList();
    }

    /** A TIMESTAMP column's value as the driver gives it (in the JVM's zone, like {@link Timestamp}). */
    private static Instant instant(Object value) {
        return value instanceof Timestamp timestamp ? timestamp.toInstant()
                : Timestamp.valueOf((LocalDateTime) value).toInstant();
    }
}
