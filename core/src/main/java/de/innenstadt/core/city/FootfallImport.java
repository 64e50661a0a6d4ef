// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Stores counted hours, whatever the source (CSV download, API poll, demo). A count is keyed by
 * counting point and hour, so importing the same period again replaces the values instead of adding
 * rows; an hour that is not delivered stays a gap, and the unverified flag is stored as delivered.
 * Rows are written as multi-row {@code INSERT … ON DUPLICATE KEY UPDATE} statements because a year of
 * three counters is some 26,000 rows.
 */
@ApplicationScoped
public class FootfallImport {

    private static final Logger LOG = Logger.getLogger(FootfallImport.class.getName());
    private static final int ROWS_PER_STATEMENT = 500;
    private static final int COLUMNS = 10;

    @PersistenceContext(unitName = "innenstadt")
    private EntityManager em;

    /** What one import did. */
    public record Summary(int locationsCreated, int hoursWritten) {
    }

    /** Stores the readings in one transaction: all of them, or none. */
    @Transactional
    public Summary store(List<FootfallReading> readings) {
        Map<String, String> names = new LinkedHashMap<>();
        readings.forEach(reading -> names.putIfAbsent(reading.locationId(), reading.locationName()));
        int created = 0;
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Map.Entry<String, String> location : names.entrySet()) {
            created += em.createNativeQuery("INSERT IGNORE INTO footfall_location (external_id, name) VALUES (?1, ?2)")
                    .setParameter(1, location.getKey())
                    .setParameter(2, location.getValue())
                    .executeUpdate();
            ids.put(location.getKey(), ((Number) em.createNativeQuery("SELECT id FROM footfall_location WHERE external_id = ?1")
                    .setParameter(1, location.getKey())
                    .getSingleResult()).longValue());
        }
        for (int from = 0; from < readings.size(); from += ROWS_PER_STATEMENT) {
            upsert(readings.subList(from, Math.min(readings.size(), from + ROWS_PER_STATEMENT)), ids);
        }
        int locationsCreated = created;
        LOG.fine(() -> "Footfall import: " + readings.size() + " hours, " + locationsCreated + " new counting points");
        return new Summary(created, readings.size());
    }

    private void upsert(List<FootfallReading> chunk, Map<String, Long> ids) {
        StringBuilder sql = new StringBuilder("INSERT INTO footfall_count (location_id, hour_start, pedestrians,"
                + " left_to_right, right_to_left, adults, children, temperature, weather, unverified) VALUES ");
        List<Object> values = new ArrayList<>(chunk.size() * COLUMNS);
        for (int row = 0; row < chunk.size(); row++) {
            sql.append(row == 0 ? "(" : ",(");
            for (int column = 0; column < COLUMNS; column++) {
                sql.append(column == 0 ? "?" : ",?").append(row * COLUMNS + column + 1);
            }
            sql.append(')');
            FootfallReading reading = chunk.get(row);
            values.add(ids.get(reading.locationId()));
            values.add(Timestamp.valueOf(reading.hourStart()));
            values.add(reading.pedestrians());
            values.add(reading.leftToRight());
            values.add(reading.rightToLeft());
            values.add(reading.adults());
            values.add(reading.children());
            values.add(reading.temperature());
            values.add(reading.weather());
            values.add(reading.unverified());
        }
        sql.append(" ON DUPLICATE KEY UPDATE pedestrians = VALUES(pedestrians), left_to_right = VALUES(left_to_right),"
                + " right_to_left = VALUES(right_to_left), adults = VALUES(adults), children = VALUES(children),"
                + " temperature = VALUES(temperature), weather = VALUES(weather), unverified = VALUES(unverified)");
        Query query = em.createNativeQuery(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        query.executeUpdate();
    }
}
