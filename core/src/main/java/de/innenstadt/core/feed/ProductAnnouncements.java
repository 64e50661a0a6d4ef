// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.platform.InLists;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;

/**
 * Tells search which products an import changed, in the transaction of the change. A product that still has an
 * undelivered outbox row gets no second one: locking that row ({@code SKIP LOCKED}) keeps the relay from taking it
 * before this transaction commits, so the relay reads the product afterwards and indexes this change too. A row the
 * relay is delivering right now is locked by the relay and skipped here, and the product gets a new row. A full
 * import in store order changes each product once per store; without this it wrote a row per offer. Rows of
 * products that fall in a range but are not in the batch ({@link IdRanges}) are locked as well, so the relay takes
 * them only after this commit.
 */
final class ProductAnnouncements {

    private ProductAnnouncements() {
    }

    static void announce(Connection c, Collection<Long> productIds, Timestamp now) throws SQLException {
        if (productIds.isEmpty()) {
            return;
        }
        LongHashSet waiting = new LongHashSet(Integer.highestOneBit(productIds.size()) * 4);
        IdRanges split = IdRanges.of(productIds);
        for (long[] range : split.ranges()) {
            try (PreparedStatement s = c.prepareStatement("SELECT aggregate_id FROM outbox WHERE aggregate = 'PRODUCT'"
                    + " AND aggregate_id BETWEEN ? AND ? FOR UPDATE SKIP LOCKED")) {
                s.setLong(1, range[0]);
                s.setLong(2, range[1]);
                addAll(s, waiting);
            }
        }
        for (List<Long> chunk : InLists.chunks(split.scattered())) {
            try (PreparedStatement s = c.prepareStatement("SELECT aggregate_id FROM outbox WHERE aggregate = 'PRODUCT'"
                    + " AND aggregate_id IN (" + Sql.placeholders(chunk.size()) + ") FOR UPDATE SKIP LOCKED")) {
                Sql.bind(s, 1, chunk);
                addAll(s, waiting);
            }
        }
        try (PreparedStatement s = c.prepareStatement("INSERT INTO outbox (aggregate, aggregate_id, created_at) VALUES ('PRODUCT', ?, ?)")) {
            int rows = 0;
            for (long id : productIds) {
                if (!waiting.contains(id)) {
                    s.setLong(1, id);
                    s.setTimestamp(2, now);
                    s.addBatch();
                    rows++;
                }
            }
            if (rows > 0) {
                s.executeBatch();
            }
        }
    }

    private static void addAll(PreparedStatement query, LongHashSet ids) throws SQLException {
        try (ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
    }
}
