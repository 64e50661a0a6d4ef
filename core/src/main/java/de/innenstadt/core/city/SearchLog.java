// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Counts searches for the city's demand report: the query text, the number of hits and the time,
 * nothing about the person. Zero-hit queries are the demand gap: what residents look for and no
 * shop in the centre has.
 */
@ApplicationScoped
public class SearchLog {

    static final int MAX_QUERY = 200;

    /** One search as it is counted. */
    public record Entry(String query, long hits, Instant at) {

        public Entry {
            query = normalise(query);
        }
    }

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    @Transactional
    public void saveAll(List<Entry> entries) {
        for (Entry entry : entries) {
            em.createNativeQuery("INSERT INTO search_log (query, hits, occurred_at) VALUES (?1, ?2, ?3)")
                    .setParameter(1, entry.query())
                    .setParameter(2, (int) Math.min(entry.hits(), Integer.MAX_VALUE))
                    .setParameter(3, Timestamp.from(entry.at()))
                    .executeUpdate();
        }
    }

    /** Zero-hit queries since a time, most frequent first: the demand gap. */
    @Transactional
    public List<QueryCount> zeroHitQueries(Instant since, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT query, COUNT(*) AS n FROM search_log"
                        + " WHERE hits = 0 AND occurred_at >= ?1 GROUP BY query ORDER BY n DESC, query LIMIT ?2")
                .setParameter(1, Timestamp.from(since))
                .setParameter(2, limit)
                .getResultList();
        return rows.stream().map(r -> new QueryCount((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    /**
     * Queries that found something and were searched at least {@code minTimes} since a time, most
     * frequent first: what the search box may suggest to others. A threshold keeps one person's
     * unusual words out of everybody's suggestions.
     */
    @Transactional
    public List<QueryCount> successfulQueries(Instant since, int minTimes, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT query, COUNT(*) AS n FROM search_log"
                        + " WHERE hits > 0 AND occurred_at >= ?1 GROUP BY query HAVING n >= ?2 ORDER BY n DESC, query LIMIT ?3")
                .setParameter(1, Timestamp.from(since))
                .setParameter(2, minTimes)
                .setParameter(3, limit)
                .getResultList();
        return rows.stream().map(r -> new QueryCount((String) r[0], ((Number) r[1]).longValue())).toList();
    }

    /** A query and how often it was searched. */
    public record QueryCount(String query, long count) {
    }

    /** Lower case, single spaces, at most 200 characters, so that counts group equal searches. */
    static String normalise(String query) {
        String text = query == null ? "" : query.strip().replaceAll("\\s+", " ").toLowerCase(Locale.GERMAN);
        return text.length() > MAX_QUERY ? text.substring(0, MAX_QUERY) : text;
    }
}
