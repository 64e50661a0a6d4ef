// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A full feed lists the whole assortment: the offers of the merchant's stores it did not name go to 0, in batches
 * that each commit with their outbox rows and the import's count. {@code held} stays, so reservations stay valid.
 */
final class FullFeedZeroing {

    private FullFeedZeroing() {
    }

    /** @return how many offers were set to 0 */
    static int zeroMissing(Connection c, ImportState state, StoreKeys seenOffers, Clock clock, int batchSize)
            throws SQLException {
        List<long[]> missing = missing(c, state, seenOffers);
        int zeroed = 0;
        for (int from = 0; from < missing.size(); from += batchSize) {
            List<long[]> chunk = missing.subList(from, Math.min(missing.size(), from + batchSize));
            Timestamp now = Timestamp.from(Instant.now(clock));
            c.setAutoCommit(false);
            try {
                Set<Long> products = new LinkedHashSet<>();
                try (PreparedStatement s = c.prepareStatement("UPDATE offer SET quantity = 0, stock_updated_at = ?, source = ?,"
                        + " version = version + 1 WHERE id = ? AND quantity <> 0")) {
                    for (long[] offer : chunk) {
                        s.setTimestamp(1, now);
                        s.setString(2, state.stockSource());
                        s.setLong(3, offer[0]);
                        s.addBatch();
                        products.add(offer[1]);
                    }
                    s.executeBatch();
                }
                ProductAnnouncements.announce(c, products, now);
                ImportRecords.offersZeroed(c, state.id(), chunk.size());
                c.commit();
                zeroed += chunk.size();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
        return zeroed;
    }

    /**
     * The offers with stock that the feed did not name, as (offer id, product id): the merchant's, or only its
     * store's when the file is one store's (a full feed of one store says nothing about the others).
     */
    private static List<long[]> missing(Connection c, ImportState state, StoreKeys seenOffers) throws SQLException {
        List<long[]> missing = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT o.id, o.product_id, o.store_id FROM offer o JOIN store s"
                + " ON s.id = o.store_id WHERE s.merchant_id = ? AND o.quantity <> 0 AND (? IS NULL OR s.id = ?)")) {
            s.setLong(1, state.merchantId());
            s.setObject(2, state.storeId());
            s.setObject(3, state.storeId());
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (!seenOffers.contains(rs.getLong(3), rs.getLong(2))) {
                        missing.add(new long[] {rs.getLong(1), rs.getLong(2)});
                    }
                }
            }
        }
        return missing;
    }
}
