// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.catalog.NetContent;
import de.innenstadt.core.feed.CheckedLine.Pending;
import de.innenstadt.core.feed.Resolution.OfferRow;
import de.innenstadt.core.feed.Resolution.ProductRow;
import de.innenstadt.core.platform.InLists;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/** Reads what a batch of lines refers to: its products (through the import's {@link ProductCache}) and their offers. */
final class BatchLookup {

    private static final String PRODUCT_COLUMNS = "SELECT id, merchant_id, title, brand, description, image_url, gtin, sku,"
            + " article_key, variant_color, variant_size, content_amount, content_unit FROM product WHERE ";

    private BatchLookup() {
    }

    /**
     * Reads the batch's products, and the offers of the lines {@code needsOffers} selects (in the stores those lines
     * name); lines whose offers were not read look as if their store had no offer of the product yet.
     */
    static Resolution resolve(Connection c, MerchantFeed merchant, List<Pending> batch, Predicate<Pending> needsOffers)
            throws SQLException {
        Map<String, ProductRow> products = products(c, merchant, batch);
        Map<Long, List<OfferRow>> offers = new HashMap<>();
        // only the stores the batch names (a catalog line names them all): a batch of one store's lines then
        // reads its own offers through the (store, product) key instead of every store's offers of its products
        Set<Long> storeIds = new LinkedHashSet<>();
        Set<Long> productIds = new LinkedHashSet<>();
        for (Pending p : batch) {
            ProductRow product = products.get(p.productKey());
            if (product == null || !needsOffers.test(p)) {
                continue;
            }
            productIds.add(product.id());
            if (p.storeId() == 0) {
                storeIds.addAll(merchant.storeIds());
            } else {
                storeIds.add(p.storeId());
            }
        }
        for (List<Long> chunk : storeIds.isEmpty() ? List.<List<Long>>of() : InLists.chunks(productIds)) {
            try (PreparedStatement s = c.prepareStatement("SELECT id, store_id, product_id, price_cents, currency, quantity FROM offer"
                    + " WHERE store_id IN (" + Sql.placeholders(storeIds.size()) + ") AND product_id IN ("
                    + Sql.placeholders(chunk.size()) + ")")) {
                int i = Sql.bind(s, 1, storeIds);
                Sql.bind(s, i, chunk);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        OfferRow row = new OfferRow(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5), rs.getInt(6));
                        offers.computeIfAbsent(row.productId(), k -> new ArrayList<>(2)).add(row);
                    }
                }
            }
        }
        return new Resolution(products, offers);
    }

    private static Map<String, ProductRow> products(Connection c, MerchantFeed merchant, List<Pending> batch) throws SQLException {
        Set<String> gtins = new LinkedHashSet<>();
        Set<String> skus = new LinkedHashSet<>();
        Map<String, ProductRow> products = new HashMap<>();
        for (Pending p : batch) {
            String key = p.productKey();
            if (merchant.products().knows(key)) {
                merchant.products().find(key).ifPresent(row -> products.put(key, row));
            } else {
                (key.startsWith("g:") ? gtins : skus).add(key.substring(2));
            }
        }
        for (List<String> chunk : InLists.chunks(gtins)) {
            try (PreparedStatement s = c.prepareStatement(PRODUCT_COLUMNS + "gtin IN (" + Sql.placeholders(chunk.size()) + ")")) {
                Sql.bind(s, 1, chunk);
                readProducts(s, products, "g:", 7);
            }
            merchant.products().remember(chunk.stream().map(gtin -> "g:" + gtin).toList(), products);
        }
        for (List<String> chunk : InLists.chunks(skus)) {
            try (PreparedStatement s = c.prepareStatement(PRODUCT_COLUMNS + "merchant_id = ? AND sku IN ("
                    + Sql.placeholders(chunk.size()) + ")")) {
                s.setLong(1, merchant.merchantId());
                Sql.bind(s, 2, chunk);
                readProducts(s, products, "s:", 8);
            }
            merchant.products().remember(chunk.stream().map(sku -> "s:" + sku).toList(), products);
        }
        return products;
    }

    private static void readProducts(PreparedStatement s, Map<String, ProductRow> products, String prefix, int keyColumn)
            throws SQLException {
        try (ResultSet rs = s.executeQuery()) {
            while (rs.next()) {
                long merchantId = rs.getLong(2);
                // NULL for a shared GTIN product, which every merchant's feed may update (wasNull refers to the last read)
                Long owner = rs.wasNull() ? null : merchantId;
                products.put(prefix + rs.getString(keyColumn), new ProductRow(rs.getLong(1), owner,
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(9),
                        rs.getString(10), rs.getString(11), rs.getString(13) == null ? null
                                : new NetContent(rs.getBigDecimal(12), NetContent.Unit.valueOf(rs.getString(13)))));
            }
        }
    }
}
