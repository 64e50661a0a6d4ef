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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Stores counted hours, whatever the source (CSV download, API poll, demo). A count is keyed by
 * counting point and hour, so importing the same period again replaces the values instead of adding
 * rows; an hour that is not delivered stays a gap, and the unverified flag is stored as delivered.
 * An hour the operator reports an incident for (a laser outage) is stored as an outage with its
 * reason and without a count, so it stays a gap in every figure instead of becoming a quiet hour;
 * a later delivery of a real count for that hour replaces the outage, and the other way round.
 * A counting point is found by the operator's id, else by its name (hystreet's downloads name the
 * place only), else created.
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

    private static final String OUTAGE = "INSERT INTO footfall_outage (location_id, hour_start, reason) VALUES (?, ?, ?)"
            + " ON DUPLICATE KEY UPDATE reason = VALUES(reason)";
    private static final String CLEAR_OUTAGE = "DELETE FROM footfall_outage WHERE location_id = ? AND hour_start = ?";
    private static final String CLEAR_COUNT = "DELETE FROM footfall_count WHERE location_id = ? AND hour_start = ?";

    /** What one import did. */
    public record Summary(int locationsCreated, int hoursWritten, int outageHours) {
    }

    /** Stores the readings in one transaction: all of them, or none. */
    @Transactional
    public Summary store(List<FootfallReading> readings) {
        Map<String, String> names = new LinkedHashMap<>();
        readings.forEach(reading -> names.putIfAbsent(reading.locationId(), reading.locationName()));
        int created = 0;
        Map<String, Long> ids = new LinkedHashMap<>();
        for (Map.Entry<String, String> location : names.entrySet()) {
            Optional<Long> known = findLocation(location.getKey(), location.getValue());
            if (known.isEmpty()) {
                // hystreet's place names serve as ids and may be longer than the column; the name finds it again
                em.createNativeQuery("INSERT INTO footfall_location (external_id, name) VALUES (?1, ?2)")
                        .setParameter(1, cut(location.getKey(), 64))
                        .setParameter(2, cut(location.getValue(), 160))
                        .executeUpdate();
                created++;
            }
            ids.put(location.getKey(), known.orElseGet(() -> findLocation(location.getKey(), location.getValue()).orElseThrow()));
        }
        List<FootfallReading> counted = readings.stream().filter(reading -> !reading.isOutage()).toList();
        List<FootfallReading> outages = readings.stream().filter(FootfallReading::isOutage).toList();
        // a count replaces an outage of its hour; most imports meet no outage, so skip the deletes then
        boolean outagesStored = !counted.isEmpty() && outagesStored(ids.values());
        for (int from = 0; from < counted.size(); from += ROWS_PER_BATCH) {
            writeCounts(counted.subList(from, Math.min(counted.size(), from + ROWS_PER_BATCH)), ids, outagesStored);
        }
        for (int from = 0; from < outages.size(); from += ROWS_PER_BATCH) {
            writeOutages(outages.subList(from, Math.min(outages.size(), from + ROWS_PER_BATCH)), ids);
        }
        int locationsCreated = created;
        LOG.fine(() -> "Footfall import: " + counted.size() + " hours, " + outages.size() + " outage hours, "
                + locationsCreated + " new counting points");
        return new Summary(created, counted.size(), outages.size());
    }

    /**
     * The counting point with the operator's id, else the one with this name (names compare without
     * case); hystreet adds the town („Fackelstraße, Kaiserslautern“), which the city's own name of
     * the point usually leaves out.
     */
    private Optional<Long> findLocation(String externalId, String name) {
        int town = name.lastIndexOf(", ");
        List<?> ids = em.createNativeQuery("SELECT id FROM footfall_location WHERE external_id = ?1 OR name = ?2 OR name = ?3"
                        + " ORDER BY external_id = ?1 DESC, name = ?2 DESC, id LIMIT 1")
                .setParameter(1, externalId)
                .setParameter(2, name)
                .setParameter(3, town > 0 ? name.substring(0, town) : name)
                .getResultList();
        return ids.stream().findFirst().map(id -> ((Number) id).longValue());
    }

    /** Whether any of these counting points has an outage stored (the ids are the database's own numbers). */
    private boolean outagesStored(Collection<Long> locationIds) {
        String in = locationIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        return !em.createNativeQuery("SELECT 1 FROM footfall_outage WHERE location_id IN (" + in + ") LIMIT 1")
                .getResultList().isEmpty();
    }

    /** Upserts counted hours; a count replaces an outage stored for its hour before (when there are any). */
    private void writeCounts(List<FootfallReading> chunk, Map<String, Long> ids, boolean clearOutages) {
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement statement = connection.prepareStatement(UPSERT);
             PreparedStatement clear = connection.prepareStatement(CLEAR_OUTAGE)) {
            for (FootfallReading reading : chunk) {
                if (clearOutages) {
                    keyOf(clear, reading, ids).addBatch();
                }
                keyOf(statement, reading, ids);
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
            if (clearOutages) {
                clear.executeBatch();
            }
            statement.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("Storing " + chunk.size() + " counted hours failed: " + e.getMessage(), e);
        }
    }

    /** Upserts outage hours with their reason; an outage removes a count stored for its hour before. */
    private void writeOutages(List<FootfallReading> chunk, Map<String, Long> ids) {
        Connection connection = em.unwrap(Connection.class);
        try (PreparedStatement statement = connection.prepareStatement(OUTAGE);
             PreparedStatement clear = connection.prepareStatement(CLEAR_COUNT)) {
            for (FootfallReading reading : chunk) {
                keyOf(clear, reading, ids).addBatch();
                keyOf(statement, reading, ids);
                statement.setString(3, cut(reading.incident(), 160));
                statement.addBatch();
            }
            clear.executeBatch();
            statement.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("Storing " + chunk.size() + " outage hours failed: " + e.getMessage(), e);
        }
    }

    private static PreparedStatement keyOf(PreparedStatement statement, FootfallReading reading, Map<String, Long> ids)
            throws SQLException {
        statement.setLong(1, ids.get(reading.locationId()));
        statement.setTimestamp(2, Timestamp.valueOf(reading.hourStart()));
        return statement;
    }

    private static String cut(String text, int length) {
        return text.length() > length ? text.substring(0, length) : text;
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }
}
