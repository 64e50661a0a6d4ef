// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.catalog.NetContent;
import de.innenstadt.core.feed.CheckedLine.Pending;
import de.innenstadt.core.feed.LineDecision.OfferChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Applies one batch of pass 2 in one transaction: creates unknown products, writes the product and offer rows whose
 * values change ({@code held} is never touched, see docs/reservations.md), announces the changed products to search
 * and records the checkpoint, so that a batch is applied with its outbox rows and its checkpoint or not at all.
 */
final class BatchWriter {

    private static final String UPDATE_OFFER = "UPDATE offer SET stock_updated_at = CASE WHEN ? THEN ? ELSE stock_updated_at END,"
            + " quantity = ?, price_cents = ?, currency = ?, source = ?, version = version + 1 WHERE id = ?";
    private static final String INSERT_OFFER = "INSERT INTO offer (store_id, product_id, sku, price_cents, currency, quantity,"
            + " held, stock_updated_at, source) VALUES (?, ?, ?, ?, ?, ?, 0, ?, ?)";
    private static final String UPDATE_PRODUCT = "UPDATE product SET title = ?, brand = ?, description = ?, image_url = ?,"
            + " updated_at = ?, version = version + 1, article_key = COALESCE(?, article_key),"
            + " article_title = COALESCE(?, article_title), variant_color = CASE WHEN ? IS NULL THEN variant_color ELSE ? END,"
            + " variant_size = CASE WHEN ? IS NULL THEN variant_size ELSE ? END,"
            + " content_amount = COALESCE(?, content_amount), content_unit = COALESCE(?, content_unit) WHERE id = ?";
    private static final String INSERT_PRODUCT = "INSERT IGNORE INTO product (gtin, merchant_id, sku, title, brand, description,"
            + " image_url, article_key, article_title, variant_color, variant_size, content_amount, content_unit)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Connection c;
    private final ImportState state;
    private final MerchantFeed merchant;
    private final Clock clock;
    private final Checkpoint checkpoint;
    private final StoreKeys seenOffers;

    /** @param seenOffers collects the (store, product id) of every offer a line named, for a full feed's end */
    BatchWriter(Connection c, ImportState state, MerchantFeed merchant, Clock clock, Checkpoint checkpoint, StoreKeys seenOffers) {
        this.c = c;
        this.state = state;
        this.merchant = merchant;
        this.clock = clock;
        this.checkpoint = checkpoint;
        this.seenOffers = seenOffers;
    }

    /**
     * @param endEvent the last event the batch covers, the checkpoint after it
     * @param needsOffers the lines whose offers are read (see {@link BatchLookup#resolve})
     */
    void write(List<Pending> batch, long endEvent, Predicate<Pending> needsOffers) throws SQLException {
        c.setAutoCommit(false);
        try {
            Resolution resolution = BatchLookup.resolve(c, merchant, batch, needsOffers);
            Set<String> createdProducts = createProducts(batch, resolution);
            if (!createdProducts.isEmpty()) {
                List<Pending> ofCreated = batch.stream().filter(p -> createdProducts.contains(p.productKey())).toList();
                resolution = resolution.with(BatchLookup.resolve(c, merchant, ofCreated, needsOffers));
            }
            Timestamp now = Timestamp.from(Instant.now(clock));
            Set<Long> changedProducts = new LinkedHashSet<>();
            int applied = 0;
            int unchanged = 0;
            try (PreparedStatement updateOffer = c.prepareStatement(UPDATE_OFFER);
                 PreparedStatement insertOffer = c.prepareStatement(INSERT_OFFER);
                 PreparedStatement updateProduct = c.prepareStatement(UPDATE_PRODUCT)) {
                for (Pending p : batch) {
                    LineDecision d = LineDecision.decide(p, resolution, merchant.merchantId());
                    if (d.problem() != null) {
                        continue;
                    }
                    if (d.productUpdate() != null) {
                        bindProductUpdate(updateProduct, d, now);
                        merchant.products().forget(p.productKey());
                    }
                    for (OfferChange change : d.offerChanges()) {
                        bindOfferChange(updateOffer, change, now);
                    }
                    if (d.newOffer()) {
                        bindNewOffer(insertOffer, p, d.productId(), now);
                    }
                    boolean changed = d.productUpdate() != null || !d.offerChanges().isEmpty() || d.newOffer();
                    if (changed) {
                        changedProducts.add(d.productId());
                    }
                    if (d.newOffer() || d.existingOffer()) {
                        seenOffers.add(p.storeId(), d.productId());
                    }
                    if (changed || createdProducts.contains(p.productKey())) {
                        applied++;
                    } else {
                        unchanged++;
                    }
                }
                updateProduct.executeBatch();
                updateOffer.executeBatch();
                insertOffer.executeBatch();
            }
            ProductAnnouncements.announce(c, changedProducts, now);
            checkpoint.batchDone(c, endEvent, applied, unchanged, !changedProducts.isEmpty());
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private void bindProductUpdate(PreparedStatement s, LineDecision d, Timestamp now) throws SQLException {
        FeedLine.FeedProduct data = d.productUpdate();
        s.setString(1, Sql.cut(data.title(), 300));
        s.setString(2, Sql.cut(data.brand(), 120));
        s.setString(3, data.description());
        s.setString(4, Sql.cut(data.imageUrl(), 500));
        s.setTimestamp(5, now);
        ArticleOfLine article = ArticleOfLine.of(merchant.merchantId(), data);
        s.setString(6, article.key());
        s.setString(7, article.title());
        s.setString(8, article.key());
        s.setString(9, article.color());
        s.setString(10, article.key());
        s.setString(11, article.size());
        bindContent(s, 12, data.netContent());
        s.setLong(14, d.productId());
        s.addBatch();
    }

    private void bindOfferChange(PreparedStatement s, OfferChange change, Timestamp now) throws SQLException {
        s.setBoolean(1, change.quantity() != change.old().quantity());
        s.setTimestamp(2, now);
        s.setInt(3, change.quantity());
        s.setLong(4, change.priceCents());
        s.setString(5, change.currency());
        s.setString(6, state.stockSource());
        s.setLong(7, change.old().id());
        s.addBatch();
    }

    private void bindNewOffer(PreparedStatement s, Pending p, long productId, Timestamp now) throws SQLException {
        s.setLong(1, p.storeId());
        s.setLong(2, productId);
        s.setString(3, p.line().sku() == null ? null : Sql.cut(p.line().sku(), 64));
        s.setLong(4, p.line().price().cents());
        s.setString(5, p.line().price().currency());
        s.setInt(6, p.line().quantity());
        s.setTimestamp(7, now);
        s.setString(8, state.stockSource());
        s.addBatch();
    }

    /** Creates the batch's unknown products that carry a title; returns the keys of those created. */
    private Set<String> createProducts(List<Pending> batch, Resolution resolution) throws SQLException {
        Set<String> created = new HashSet<>();
        try (PreparedStatement insert = c.prepareStatement(INSERT_PRODUCT)) {
            for (Pending p : batch) {
                LineDecision d = LineDecision.decide(p, resolution, merchant.merchantId());
                if (d.problem() == null && d.created() && created.add(p.productKey())) {
                    bindNewProduct(insert, p.line());
                }
            }
            if (!created.isEmpty()) {
                insert.executeBatch();
            }
        }
        return created;
    }

    /** A product with a shared GTIN belongs to no merchant; one with the merchant's own number to the merchant. */
    private void bindNewProduct(PreparedStatement s, FeedLine line) throws SQLException {
        boolean shared = LineRules.isSharedGtin(line);
        s.setString(1, shared ? line.gtin() : null);
        if (shared) {
            s.setNull(2, Types.BIGINT);
            s.setNull(3, Types.VARCHAR);
        } else {
            s.setLong(2, merchant.merchantId());
            s.setString(3, Sql.cut(line.sku() != null ? line.sku() : line.gtin(), 64));
        }
        s.setString(4, Sql.cut(line.product().title(), 300));
        s.setString(5, Sql.cut(line.product().brand(), 120));
        s.setString(6, line.product().description());
        s.setString(7, Sql.cut(line.product().imageUrl(), 500));
        ArticleOfLine article = ArticleOfLine.of(merchant.merchantId(), line.product());
        s.setString(8, article.key());
        s.setString(9, article.title());
        s.setString(10, article.color());
        s.setString(11, article.size());
        bindContent(s, 12, line.product().netContent());
        s.addBatch();
    }

    /** Binds a content to two parameters (amount, unit), both SQL NULL when the line says none. */
    private static void bindContent(PreparedStatement s, int index, NetContent content) throws SQLException {
        if (content == null) {
            s.setNull(index, Types.DECIMAL);
            s.setNull(index + 1, Types.VARCHAR);
        } else {
            s.setBigDecimal(index, content.amount());
            s.setString(index + 1, content.unit().name());
        }
    }
}
