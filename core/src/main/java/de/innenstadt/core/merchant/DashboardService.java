// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.merchant;

import de.innenstadt.core.platform.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The merchant's start page in three reads: what has to be handed over today, whether the stock
 * feed stopped arriving, and what people searched for in vain that fits this shop. Plain SQL over
 * the other contexts' tables, read only, so the dashboard adds no coupling to their entities.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DashboardService {

    static final int ZERO_HIT_DAYS = 30;
    static final int ZERO_HIT_SHOWN = 10;

    /** A reservation to deal with today. */
    public record TodaysReservation(long id, String code, String status, String customerName, Instant expiresAt) {
    }

    /** Whether the merchant's feed is overdue: no import within the interval the merchant promised. */
    public record FeedStatus(Integer intervalMinutes, Instant lastImportAt, boolean stale) {
    }

    /** A search without results, and how often it was made. */
    public record MissedSearch(String query, long count) {
    }

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Open reservations that run out today, and every reservation made today; the most urgent first. */
    public List<TodaysReservation> findTodaysReservations(Actor actor, long merchantId, ZoneId zone) {
        actor.requireMerchant(merchantId);
        LocalDate today = LocalDate.now(clock.withZone(zone));
        Timestamp start = Timestamp.from(today.atStartOfDay(zone).toInstant());
        Timestamp end = Timestamp.from(today.plusDays(1).atStartOfDay(zone).toInstant());
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT r.id, r.code, r.status, r.customer_name, r.expires_at"
                        + " FROM reservation r JOIN store s ON s.id = r.store_id WHERE s.merchant_id = ?1"
                        + " AND ((r.created_at >= ?2 AND r.created_at < ?3)"
                        + " OR (r.status IN ('REQUESTED', 'CONFIRMED', 'READY') AND r.expires_at < ?3))"
                        + " ORDER BY r.status IN ('REQUESTED', 'CONFIRMED', 'READY') DESC, r.expires_at, r.id LIMIT 50")
                .setParameter(1, merchantId)
                .setParameter(2, start)
                .setParameter(3, end)
                .getResultList();
        return rows.stream().map(r -> new TodaysReservation(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], ((Timestamp) r[4]).toInstant())).toList();
    }

    /** The feed interval set for the merchant against the end of its latest import; never stale without an interval. */
    public FeedStatus findFeedStatus(Actor actor, long merchantId) {
        actor.requireMerchant(merchantId);
        Object[] row = (Object[]) em.createNativeQuery("SELECT m.feed_interval_minutes,"
                        + " (SELECT MAX(COALESCE(f.finished_at, f.started_at)) FROM feed_import f WHERE f.merchant_id = m.id)"
                        + " FROM merchant m WHERE m.id = ?1")
                .setParameter(1, merchantId)
                .getSingleResult();
        Integer interval = row[0] == null ? null : ((Number) row[0]).intValue();
        Instant last = row[1] == null ? null : ((Timestamp) row[1]).toInstant();
        boolean stale = interval != null
                && Optional.ofNullable(last).map(l -> l.plus(Duration.ofMinutes(interval)).isBefore(clock.instant())).orElse(true);
        return new FeedStatus(interval, last, stale);
    }

    /**
     * Searches of the last 30 days that found nothing although the catalog has products of this
     * merchant's categories under that term: demand the shop could meet by listing what it has.
     */
    public List<MissedSearch> findMissedSearches(Actor actor, long merchantId) {
        actor.requireMerchant(merchantId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT l.query, l.n FROM"
                        + " (SELECT query, COUNT(*) AS n FROM search_log WHERE hits = 0 AND occurred_at >= ?2"
                        + "  AND CHAR_LENGTH(query) >= 3 GROUP BY query) l"
                        + " WHERE EXISTS (SELECT 1 FROM product p WHERE p.category IN"
                        + "  (SELECT DISTINCT p2.category FROM offer o JOIN store s ON s.id = o.store_id"
                        + "   JOIN product p2 ON p2.id = o.product_id WHERE s.merchant_id = ?1"
                        + "   UNION SELECT category FROM merchant WHERE id = ?1)"
                        + "  AND LOCATE(l.query, LOWER(p.title)) > 0)"
                        + " ORDER BY l.n DESC, l.query LIMIT ?3")
                .setParameter(1, merchantId)
                .setParameter(2, Timestamp.from(clock.instant().minus(Duration.ofDays(ZERO_HIT_DAYS))))
                .setParameter(3, ZERO_HIT_SHOWN)
                .getResultList();
        return rows.stream().map(r -> new MissedSearch((String) r[0], ((Number) r[1]).longValue())).toList();
    }
}
