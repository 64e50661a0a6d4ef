// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import de.innenstadt.core.catalog.Gtin;
import de.innenstadt.core.feed.FeedFormat;
import de.innenstadt.core.feed.FeedPipeline;
import de.innenstadt.core.feed.FeedSource;
import de.innenstadt.core.feed.ImportStatus;
import de.innenstadt.core.merchant.FeedMode;
import de.innenstadt.routes.format.FeedParsers;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The feed benchmark ({@code bench/feed-benchmark.sh}): drives the real import pipeline in this JVM (heap capped by
 * the script) against the platform's MariaDB, while the running platform relays the outbox into Elasticsearch.
 * Measures a first full import of a generated POS CSV, an unchanged re-import (same values, other line order, so
 * not recognised as the same file), a re-import with 1 % of the quantities changed, and a plain JDBC batch insert of
 * the same rows into a table of its own as the physical reference.
 *
 * <p>Usage: {@code FeedBench <jdbc-url> <elasticsearch-url> <work-dir> <rows> <stores> <out-file>}
 */
public final class FeedBench {

    private static final Logger LOG = Logger.getLogger(FeedBench.class.getName());
    private static final String SLUG = "feed-bench";
    private static final int BATCH = 1000;

    private final String jdbcUrl;
    private final URI indexingStats;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Path work;
    private final int stores;
    private final int products;

    private FeedBench(String jdbcUrl, String elasticsearchUrl, Path work, int rows, int stores) {
        this.jdbcUrl = jdbcUrl;
        this.indexingStats = URI.create(elasticsearchUrl + "/innenstadt-products/_stats/indexing"
                + "?filter_path=_all.primaries.indexing.index_total");
        this.work = work;
        this.stores = stores;
        this.products = rows / stores;
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            throw new IllegalArgumentException("usage: FeedBench <jdbc-url> <elasticsearch-url> <work-dir> <rows> <stores> <out-file>");
        }
        FeedBench bench = new FeedBench(args[0], args[1], Path.of(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        String summary = bench.run();
        Files.writeString(Path.of(args[5]), summary);
        LOG.info(summary);
    }

    private String run() throws Exception {
        Files.createDirectories(work);
        int rows = products * stores;
        long merchantId = resetMerchant();
        Path full = work.resolve("full.csv");
        Path reordered = work.resolve("unchanged-reordered.csv");
        Path changed = work.resolve("one-percent-changed.csv");
        writeFeed(full, false, false);
        writeFeed(reordered, true, false);
        writeFeed(changed, false, true);

        double reference = referenceInsert();
        MariaDbDataSource dataSource = new MariaDbDataSource(jdbcUrl);
        FeedPipeline pipeline = new FeedPipeline(dataSource, Clock.systemUTC(), BATCH, Thread::new);
        FeedParsers parsers = new FeedParsers();

        Run first = importFile(pipeline, parsers, merchantId, full);
        Run unchanged = importFile(pipeline, parsers, merchantId, reordered);
        Run onePercent = importFile(pipeline, parsers, merchantId, changed);
        double offerTable = offerTableInsert(merchantId);

        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Feed benchmark: %,d rows (%d stores x %,d products), heap %d MB%n", rows, stores,
                products, Runtime.getRuntime().maxMemory() / (1024 * 1024)));
        out.append("| run | seconds | rows/s | applied | unchanged | outbox rows | index caught up after | products written to"
                + " the index |\n");
        out.append("|---|---|---|---|---|---|---|---|\n");
        out.append(String.format(Locale.ROOT, "| plain JDBC batch insert (reference) | %.1f | %,.0f | | | | | |%n", rows / reference,
                reference));
        out.append(String.format(Locale.ROOT, "| plain JDBC batch insert into a copy of the offer table | %.1f | %,.0f | | | | | |%n",
                rows / offerTable, offerTable));
        out.append(first.row("first import (full)"));
        out.append(unchanged.row("unchanged re-import"));
        out.append(onePercent.row("1 % changed re-import"));
        out.append(String.format(Locale.ROOT, "%nFirst import at %.0f %% of the JDBC reference (target >= 50 %%; %.0f %% of the"
                + " insert into the offer table's copy); unchanged re-import %,.0f rows/s (target >= 100,000); the 1 %% re-import"
                + " changed %,d rows and wrote %,d product documents to the index, %.2f %% of the rows (target: only that 1 %%).%n",
                100 * first.rate() / reference, 100 * first.rate() / offerTable, unchanged.rate(), onePercent.applied(), onePercent.indexWrites(),
                100.0 * onePercent.indexWrites() / rows));
        if (first.status() != ImportStatus.SUCCEEDED || unchanged.status() != ImportStatus.SUCCEEDED
                || onePercent.status() != ImportStatus.SUCCEEDED) {
            throw new IllegalStateException("An import did not succeed:\n" + out);
        }
        if (unchanged.applied() != 0 || unchanged.outboxRows() != 0 || unchanged.indexWrites() != 0
                || onePercent.applied() != rows / 100 || onePercent.indexWrites() > onePercent.applied()) {
            throw new IllegalStateException("Unexpected writes:\n" + out);
        }
        return out.toString();
    }

    /**
     * @param outboxRows outbox rows the import wrote
     * @param indexed how long after the import's end the outbox was empty (the index up to date)
     * @param indexWrites documents written to the index from the import's start until then
     */
    private record Run(ImportStatus status, long seconds100, long applied, long unchanged, long outboxRows, double rate,
            Duration indexed, long indexWrites) {
        String row(String name) {
            return String.format(Locale.ROOT, "| %s | %.1f | %,.0f | %,d | %,d | %,d | %.1f s | %,d |%n", name, seconds100 / 100.0,
                    rate, applied, unchanged, outboxRows, indexed.toMillis() / 1000.0, indexWrites);
        }
    }

    /** Index operations on the products index so far (primaries): a product written once counts once. */
    private long indexWrites() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(indexingStats).build(), BodyHandlers.ofString());
        Matcher total = Pattern.compile("\"index_total\"\\s*:\\s*(\\d+)").matcher(response.body());
        if (response.statusCode() != 200 || !total.find()) {
            throw new IllegalStateException("Elasticsearch did not report indexing stats (" + response.statusCode() + "): "
                    + response.body());
        }
        return Long.parseLong(total.group(1));
    }

    private Run importFile(FeedPipeline pipeline, FeedParsers parsers, long merchantId, Path file) throws Exception {
        long indexWritesBefore = indexWrites();
        long outboxBefore = outboxAutoIncrement();
        long started = System.nanoTime();
        FeedPipeline.Received received;
        try (InputStream in = Files.newInputStream(file)) {
            received = pipeline.receive(merchantId, FeedSource.DROP_FOLDER, FeedFormat.POS_CSV, file.getFileName().toString(),
                    null, null, in, work.resolve("spool"), Long.MAX_VALUE);
        }
        ImportStatus status = pipeline.run(received.importId(), work.resolve("spool"),
                format -> Optional.of(parsers.forFormat(format)));
        long nanos = System.nanoTime() - started;
        long outboxRows = outboxAutoIncrement() - outboxBefore;
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT rows_read, rows_applied, rows_unchanged FROM feed_import WHERE id = " + received.importId())) {
            rs.next();
            double rate = rs.getLong(1) / (nanos / 1e9);
            Duration indexed = awaitOutboxEmpty();
            return new Run(status, nanos / 10_000_000, rs.getLong(2), rs.getLong(3), outboxRows, rate, indexed,
                    indexWrites() - indexWritesBefore);
        }
    }

    /** The next id the outbox will hand out: rows written since, whether or not the relay has deleted them yet. */
    private long outboxAutoIncrement() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM outbox")) {
            rs.next();
            long max = rs.getLong(1);
            try (ResultSet auto = s.executeQuery("SELECT AUTO_INCREMENT FROM information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE()"
                    + " AND TABLE_NAME = 'outbox'")) {
                return auto.next() ? Math.max(auto.getLong(1), max + 1) : max + 1;
            }
        }
    }

    private Duration awaitOutboxEmpty() throws SQLException, InterruptedException {
        long started = System.nanoTime();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            while (true) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM outbox")) {
                    rs.next();
                    if (rs.getLong(1) == 0) {
                        return Duration.ofNanos(System.nanoTime() - started);
                    }
                }
                if (Duration.ofNanos(System.nanoTime() - started).toMinutes() > 30) {
                    throw new IllegalStateException("The outbox did not drain within 30 minutes: is the platform running?");
                }
                Thread.sleep(200);
            }
        }
    }

    /** The same rows as a plain JDBC batch insert into a table with the offer table's key: the physical reference. */
    private double referenceInsert() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS feed_bench_reference");
            s.execute("CREATE TABLE feed_bench_reference (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, store_id BIGINT NOT NULL,"
                    + " product_id BIGINT NOT NULL, price_cents BIGINT NOT NULL, quantity INT NOT NULL,"
                    + " CONSTRAINT feed_bench_reference_key UNIQUE (store_id, product_id)) ENGINE = InnoDB");
            double rate = batchInsert(c, "INSERT INTO feed_bench_reference (store_id, product_id, price_cents, quantity)"
                    + " VALUES (?, ?, ?, ?)", stores, products, (insert, store, product) -> {
                        insert.setLong(1, store);
                        insert.setLong(2, product);
                        insert.setLong(3, price(product));
                        insert.setInt(4, quantity(store, product, false));
                    });
            s.execute("DROP TABLE feed_bench_reference");
            return rate;
        }
    }

    /**
     * The same rows with every column the import writes, as a plain JDBC batch insert into a copy of the offer table
     * (its columns, keys, checks and foreign keys): what storing them costs in this schema, beside the bare reference.
     * Runs after the imports, which created the products it refers to.
     */
    private double offerTableInsert(long merchantId) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            List<Long> storeIds = ids(s, "SELECT id FROM store WHERE merchant_id = " + merchantId + " ORDER BY id");
            List<Long> productIds = ids(s, "SELECT id FROM product WHERE gtin LIKE '4099%' ORDER BY id");
            s.execute("DROP TABLE IF EXISTS feed_bench_offer_copy");
            s.execute("CREATE TABLE feed_bench_offer_copy LIKE offer");
            s.execute("ALTER TABLE feed_bench_offer_copy ADD CONSTRAINT feed_bench_copy_store FOREIGN KEY (store_id) REFERENCES store (id),"
                    + " ADD CONSTRAINT feed_bench_copy_product FOREIGN KEY (product_id) REFERENCES product (id)");
            Timestamp now = Timestamp.from(Instant.now());
            double rate = batchInsert(c, "INSERT INTO feed_bench_offer_copy (store_id, product_id, sku, price_cents, currency,"
                    + " quantity, held, stock_updated_at, source) VALUES (?, ?, ?, ?, ?, ?, 0, ?, 'FEED')", storeIds.size(),
                    productIds.size(), (insert, store, product) -> {
                        insert.setLong(1, storeIds.get(store));
                        insert.setLong(2, productIds.get(product));
                        insert.setNull(3, Types.VARCHAR);
                        insert.setLong(4, price(product));
                        insert.setString(5, "EUR");
                        insert.setInt(6, quantity(store, product, false));
                        insert.setTimestamp(7, now);
                    });
            s.execute("DROP TABLE feed_bench_offer_copy");
            return rate;
        }
    }

    /** Binds one generated row: the store's and the product's position in the generated feed. */
    @FunctionalInterface
    private interface RowBinder {
        void bind(PreparedStatement insert, int store, int product) throws SQLException;
    }

    /** Inserts stores × products rows in batches of {@link #BATCH}, a commit each, the way both references do; rows/s. */
    private static double batchInsert(Connection c, String sql, int storeCount, int productCount, RowBinder binder)
            throws SQLException {
        c.setAutoCommit(false);
        long started = System.nanoTime();
        try (PreparedStatement insert = c.prepareStatement(sql)) {
            int pending = 0;
            for (int store = 0; store < storeCount; store++) {
                for (int product = 0; product < productCount; product++) {
                    binder.bind(insert, store, product);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        c.commit();
                        pending = 0;
                    }
                }
            }
            insert.executeBatch();
            c.commit();
        }
        double rate = (double) storeCount * productCount / ((System.nanoTime() - started) / 1e9);
        c.setAutoCommit(true);
        return rate;
    }

    private static List<Long> ids(Statement s, String query) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rs = s.executeQuery(query)) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    /** A merchant with its stores and no offers; products of earlier runs are kept (GTINs are shared, as in life). */
    private long resetMerchant() throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT IGNORE INTO merchant (slug, name, feed_mode) VALUES ('" + SLUG + "', 'Feed-Benchmark', 'FULL')");
            long merchantId;
            try (ResultSet rs = s.executeQuery("SELECT id FROM merchant WHERE slug = '" + SLUG + "'")) {
                rs.next();
                merchantId = rs.getLong(1);
            }
            s.executeUpdate("DELETE o FROM offer o JOIN store st ON st.id = o.store_id WHERE st.merchant_id = " + merchantId);
            s.executeUpdate("DELETE FROM feed_import WHERE merchant_id = " + merchantId);
            s.executeUpdate("DELETE FROM product WHERE gtin LIKE '4099%'");
            try (PreparedStatement store = c.prepareStatement("INSERT IGNORE INTO store (merchant_id, code, name, street, house_number,"
                    + " postal_code, city, lat, lon) VALUES (?, ?, ?, 'Marktstraße', '1', '67655', 'Kaiserslautern', 49.444, 7.769)")) {
                for (int i = 0; i < stores; i++) {
                    store.setLong(1, merchantId);
                    store.setString(2, "S" + i);
                    store.setString(3, "Bench-Filiale " + i);
                    store.addBatch();
                }
                store.executeBatch();
            }
            return merchantId;
        }
    }

    /**
     * A till export: store-major (each batch one store's lines), or product-major for the unchanged re-import so its
     * bytes differ; with {@code changed} every hundredth line has another quantity.
     */
    private void writeFeed(Path file, boolean productMajor, boolean changed) throws IOException {
        try (BufferedWriter buffered = Files.newBufferedWriter(file, StandardCharsets.UTF_8); PrintWriter out = new PrintWriter(buffered)) {
            out.print("Filiale;EAN;Bezeichnung;Marke;Bestand;VK-Preis\n");
            int outer = productMajor ? products : stores;
            int inner = productMajor ? stores : products;
            for (int i = 0; i < outer; i++) {
                for (int j = 0; j < inner; j++) {
                    int store = productMajor ? j : i;
                    int product = productMajor ? i : j;
                    boolean change = changed && (store * products + product) % 100 == 0;
                    long cents = price(product);
                    out.print("S" + store + ";" + gtin(product) + ";Bench-Artikel " + product + ";Marke " + product % 50 + ";"
                            + quantity(store, product, change) + ";" + cents / 100 + "," + String.format(Locale.ROOT, "%02d", cents % 100) + "\n");
                }
            }
        }
    }

    private static String gtin(int product) {
        return Gtin.withCheckDigit(String.format(Locale.ROOT, "4099%08d", product)).value();
    }

    private static long price(int product) {
        return 99 + product % 5000;
    }

    private static int quantity(int store, int product, boolean changed) {
        return (store * 7 + product * 13) % 40 + (changed ? 1 : 0);
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }
}
