// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Stores counted hours, whatever the source (CSV download, API poll, demo). A count is keyed by
 * counting point and hour, so importing the same period again replaces the values instead of adding
 * rows; an hour that is not delivered stays a gap, and the unverified flag is stored as delivered.
 * Rows go to the database as JDBC batches of {@code INSERT … ON DUPLICATE KEY UPDATE} on the
 * transaction's own connection: a year of three counters is some 26,000 rows, and one native JPA
 * statement per row (or one with thousands of parameters) took close to a minute.
 */
@ApplicationScoped
public class FootfallImport {

    private static final Logger LOG = Logger.getLogger(FootfallImport.class.getName());
    private static final int ROWS_PER_BATCH = 1000;
    private static final String UPSERT = "INSERT INTO footfall_count (location_id, hour_start, pedestrians,"
            + " left_to_right, right_to_left, adults, children, temperature, weather, unverified)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON DUPLICATE KEY UPDATE pedestrians = VALUES(pedestrians),"
            + " left_to_right = VALUES(left_to_right), right_to_left = VALUES(right_to_left), adults = VALUES(adults),"
            + " children = VALUES(children), temperature = VALUES(temperature), weather = VALUES(weather),"
            + " unverified = VALUES(unverified)";

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
        for (int from = 0; from < readings.size(); from += ROWS_PER_BATCH) {
            upsert(readings.subList(from, Math.min(readings.size(), from + ROWS_PER_BATCH)), ids);
        }
        int locationsCreated = created;
        LOG.fine(() -> "Footfall import: " + readings.size() + " hours, " + locationsCreated + " new counting points");
        return new Summary(created, readings.size());
    }

    private void upsert(List<FootfallReading> chunk, Map<String, Long> ids) {
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement statement = connection.prepareStatement(UPSERT)) {
            for (FootfallReading reading : chunk) {
                statement.setLong(1, ids.get(reading.locationId()));
                statement.setTimestamp(2, Timestamp.valueOf(reading.hourStart()));
                statement.setInt(3, reading.pedestrians());
                setInteger(statement, 4, reading.leftToRight());
                setInteger(statement, 5, reading.rightToLeft());
                setInteger(statement, 6, reading.adults());
                setInteger(statement, 7, reading.children());
                statement.setBigDecimal(8, reading.temperature());
                statement.setString(9, reading.weather());
                statement.setBoolean(10, reading.unverified());
                statement.addBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("Storing " + chunk.size() + " counted hours failed: " + e.getMessage(), e);
        }
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}
