// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Counts requests per kind and client address in MariaDB, so that every instance behind the
 * balancer sees the same counts and a limit of 30 an hour means 30, not 30 per instance. Windows are
 * fixed (an hour starts on the hour); the count is the sliding-window estimate
 * {@code current + previous × (1 − elapsed share)}, which has no burst at the boundary and needs one
 * row per window. Runs in its own transaction: a refused or failed request still counts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class RequestBudget {

    private static final int MAX_KIND_LENGTH = 32;
    private static final int MAX_ADDRESS_LENGTH = 64;
    private static final int EXPIRED_ROWS_PER_CLEANUP = 500;

    private static final String COUNT = "INSERT INTO request_budget (kind, address, window_start, expires_at, hits)"
            + " VALUES (?1, ?2, ?3, ?4, 1) ON DUPLICATE KEY UPDATE hits = hits + 1";

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Inject
    private Clock clock;

    /**
     * Counts this request and says whether it stays within {@code limit} per {@code window}. A
     * request over the limit is counted too, so a client that keeps trying stays refused.
     */
    public boolean spend(String kind, String address, Duration window, int limit) {
        Instant now = Instant.now(clock);
        count(kind, address, window, now);
        return estimate(kind, address, window, now) <= limit;
    }

    /** Whether {@code limit} requests were already counted in the last {@code window}, without counting one. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public boolean isSpent(String kind, String address, Duration window, int limit) {
        return estimate(kind, address, window, Instant.now(clock)) >= limit;
    }

    /** Counts a request that has no limit of its own but feeds one checked by {@link #isSpent}. */
    public void record(String kind, String address, Duration window) {
        count(kind, address, window, Instant.now(clock));
    }

    private void count(String kind, String address, Duration window, Instant now) {
        Instant start = windowStart(now, window);
        int changed = em.createNativeQuery(COUNT)
                .setParameter(1, cut(kind, MAX_KIND_LENGTH))
                .setParameter(2, cut(address, MAX_ADDRESS_LENGTH))
                .setParameter(3, Timestamp.from(start))
                .setParameter(4, Timestamp.from(start.plus(window.multipliedBy(2))))
                .executeUpdate();
        if (changed == 1) {
            // a new window began for this address: a good moment to drop what no window needs any more
            em.createNativeQuery("DELETE FROM request_budget WHERE expires_at < ?1 LIMIT " + EXPIRED_ROWS_PER_CLEANUP)
                    .setParameter(1, Timestamp.from(now))
                    .executeUpdate();
        }
    }

    private double estimate(String kind, String address, Duration window, Instant now) {
        Instant start = windowStart(now, window);
        Instant previousStart = start.minus(window);
        List<?> rows = em.createNativeQuery("SELECT window_start, hits FROM request_budget"
                        + " WHERE kind = ?1 AND address = ?2 AND window_start IN (?3, ?4)")
                .setParameter(1, cut(kind, MAX_KIND_LENGTH))
                .setParameter(2, cut(address, MAX_ADDRESS_LENGTH))
                .setParameter(3, Timestamp.from(start))
                .setParameter(4, Timestamp.from(previousStart))
                .getResultList();
        long current = 0;
        long previous = 0;
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            long hits = ((Number) columns[1]).longValue();
            if (((Timestamp) columns[0]).toInstant().equals(start)) {
                current = hits;
            } else {
                previous = hits;
            }
        }
        return slidingEstimate(current, previous, Duration.between(start, now), window);
    }

    /** The requests of the last {@code window}, assuming the previous window's were spread evenly over it. */
    static double slidingEstimate(long current, long previous, Duration elapsed, Duration window) {
        double remainingShare = 1.0 - (double) elapsed.toMillis() / window.toMillis();
        return current + previous * Math.max(0.0, remainingShare);
    }

    static Instant windowStart(Instant now, Duration window) {
        long length = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), length) * length);
    }

    private static String cut(String value, int length) {
        String text = value == null ? "?" : value;
        return text.length() > length ? text.substring(0, length) : text;
    }
}
