// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.merchant.FeedMode;
import de.innenstadt.core.platform.NotFoundException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the import needs to know about the merchant, read once per import, and the products the import has read.
 *
 * @param storeIds the merchant's stores in the order they were created; a stock line without a store code goes to
 *     the only one
 * @param threshold the share of rejected lines above which the whole feed is refused
 * @param fileStoreId the store a file is for, whose lines without a store code go there; {@code null}: the file names
 *     its stores
 */
record MerchantFeed(long merchantId, Map<String, Long> storesByCode, List<Long> storeIds, double threshold,
        FeedParseOptions options, ProductCache products, Long fileStoreId) {

    static MerchantFeed load(Connection c, long merchantId) throws SQLException {
        Map<String, Long> stores = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT code, id FROM store WHERE merchant_id = ? ORDER BY id")) {
            s.setLong(1, merchantId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    stores.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        FeedSettings settings = FeedSettings.load(c, merchantId);
        return new MerchantFeed(merchantId, stores, List.copyOf(stores.values()), settings.rejectThreshold(),
                settings.parseOptions(), new ProductCache(), null);
    }

    /**
     * The same merchant, reading a file of one of its stores ({@code null}: a file that names its stores).
     *
     * @throws NotFoundException for a store that is not this merchant's
     */
    MerchantFeed forFileOf(Long storeId) {
        if (storeId != null && !storeIds.contains(storeId)) {
            throw new NotFoundException("Store " + storeId + " is not one of merchant " + merchantId + "'s");
        }
        return new MerchantFeed(merchantId, storesByCode, storeIds, threshold, options, products, storeId);
    }

    /** Whether a feed with these counts is refused whole: its rejected share is above the merchant's threshold. */
    boolean refuses(long read, long rejected) {
        return refuses(read, rejected, threshold);
    }

    static boolean refuses(long read, long rejected, double threshold) {
        return read > 0 && (double) rejected / read > threshold;
    }

    /** The merchant's own choice between full and partial feeds, for an import that does not name one. */
    static FeedMode mode(Connection c, long merchantId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT feed_mode FROM merchant WHERE id = ?")) {
            s.setLong(1, merchantId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("No merchant " + merchantId);
                }
                return FeedMode.valueOf(rs.getString(1));
            }
        }
    }
}
