// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import de.innenstadt.core.demo.DemoProduct;
import de.innenstadt.core.merchant.OpeningInterval;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Timestamp;
import java.util.List;

/**
 * Writes a generated city centre into the platform's MariaDB with plain JDBC batches, bypassing the outbox: the
 * platform indexes it with a full rebuild at its next start. Only an empty catalogue or one this benchmark generated
 * is replaced, so pointing it at a database with real shops fails instead of deleting them.
 */
public final class CatalogLoader {

    private static final int BATCH = 2_000;

    /** Emptied before a load, children first. */
    private static final List<String> CATALOGUE_TABLES = List.of(
            "outbox", "offer", "opening_exception", "opening_hours", "store", "product", "merchant");

    private final Connection connection;

    public CatalogLoader(Connection connection) {
        this.connection = connection;
    }

    public long count(String table) throws SQLException {
        if (!CATALOGUE_TABLES.contains(table)) {
            throw new IllegalArgumentException("not a catalogue table: " + table);
        }
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Whether the catalogue holds merchants that this benchmark did not generate. */
    public boolean holdsForeignMerchants() throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT COUNT(*) FROM merchant WHERE email IS NULL OR email NOT LIKE ?")) {
            statement.setString(1, "%." + BenchShop.DOMAIN);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1) > 0;
            }
        }
    }

    /** Replaces the catalogue with the generated one; returns the milliseconds it took. */
    public long replaceWith(BenchCatalog catalog) throws SQLException {
        if (holdsForeignMerchants()) {
            throw new IllegalStateException("The database holds merchants the benchmark did not generate;"
                    + " load the benchmark only into its own database");
        }
        long started = System.nanoTime();
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try {
            clear();
            insertShops(catalog.shops());
            insertProducts(catalog.products());
            insertOffers(catalog.offers());
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(autoCommit);
        }
        return (System.nanoTime() - started) / 1_000_000;
    }

    private void clear() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET FOREIGN_KEY_CHECKS = 0");
            for (String table : CATALOGUE_TABLES) {
                statement.execute("TRUNCATE TABLE " + table);
            }
            statement.execute("SET FOREIGN_KEY_CHECKS = 1");
        }
    }

    private void insertShops(List<BenchShop> shops) throws SQLException {
        try (PreparedStatement merchant = connection.prepareStatement("INSERT INTO merchant (id, slug, name,"
                + " description, category, email, phone, website, feed_mode, feed_interval_minutes) VALUES"
                + " (?, ?, ?, ?, ?, ?, ?, ?, 'DELTA', 60)");
                PreparedStatement store = connection.prepareStatement("INSERT INTO store (id, merchant_id, code,"
                        + " name, street, house_number, postal_code, city, lat, lon, phone, email) VALUES"
                        + " (?, ?, 'HAUPT', ?, ?, ?, ?, 'Kaiserslautern', ?, ?, ?, ?)");
                PreparedStatement hours = connection.prepareStatement(
                        "INSERT INTO opening_hours (store_id, day_of_week, opens, closes) VALUES (?, ?, ?, ?)")) {
            for (BenchShop shop : shops) {
                merchant.setLong(1, shop.id());
                merchant.setString(2, shop.slug());
                merchant.setString(3, shop.name());
                merchant.setString(4, shop.departmentStore() ? "Kaufhaus mit allem für Haushalt, Mode und Freizeit."
                        : "Fachgeschäft in der Innenstadt von Kaiserslautern.");
                merchant.setString(5, shop.category());
                merchant.setString(6, shop.email());
                merchant.setString(7, shop.phone());
                merchant.setString(8, shop.website());
                merchant.addBatch();
                store.setLong(1, shop.id());
                store.setLong(2, shop.id());
                store.setString(3, shop.name());
                store.setString(4, shop.street());
                store.setString(5, shop.houseNumber());
                store.setString(6, shop.postalCode());
                store.setDouble(7, shop.lat());
                store.setDouble(8, shop.lon());
                store.setString(9, shop.phone());
                store.setString(10, shop.email());
                store.addBatch();
                for (OpeningInterval opening : shop.openings()) {
                    hours.setLong(1, shop.id());
                    hours.setInt(2, opening.day().getValue());
                    hours.setTime(3, Time.valueOf(opening.opens()));
                    hours.setTime(4, Time.valueOf(opening.closes()));
                    hours.addBatch();
                }
            }
            merchant.executeBatch();
            store.executeBatch();
            hours.executeBatch();
        }
    }

    private void insertProducts(List<DemoProduct> products) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO product (id, gtin, title, brand,"
                + " category, description) VALUES (?, ?, ?, ?, ?, ?)")) {
            long id = 0;
            for (DemoProduct product : products) {
                id++;
                insert.setLong(1, id);
                insert.setString(2, product.gtin());
                insert.setString(3, product.title());
                insert.setString(4, product.brand());
                insert.setString(5, product.category());
                insert.setString(6, product.description());
                insert.addBatch();
                if (id % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private void insertOffers(List<BenchOffer> offers) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO offer (store_id, product_id,"
                + " price_cents, currency, quantity, held, stock_updated_at, source) VALUES"
                + " (?, ?, ?, 'EUR', ?, 0, ?, 'FEED')")) {
            int pending = 0;
            for (BenchOffer offer : offers) {
                insert.setLong(1, offer.shopId());
                insert.setLong(2, offer.productId());
                insert.setLong(3, offer.priceCents());
                insert.setInt(4, offer.quantity());
                insert.setTimestamp(5, Timestamp.from(offer.stockUpdatedAt()));
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
    }
}
