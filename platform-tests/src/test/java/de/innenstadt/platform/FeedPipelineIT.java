// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.core.feed.FeedFormat;
import de.innenstadt.core.feed.FeedFormatException;
import de.innenstadt.core.feed.FeedLine;
import de.innenstadt.core.feed.FeedParseOptions;
import de.innenstadt.core.feed.FeedParser;
import de.innenstadt.core.feed.FeedPipeline;
import de.innenstadt.core.feed.FeedSink;
import de.innenstadt.core.feed.FeedSource;
import de.innenstadt.core.feed.FeedText;
import de.innenstadt.core.feed.ImportStatus;
import de.innenstadt.core.inventory.Money;
import de.innenstadt.core.merchant.FeedMode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mariadb.jdbc.MariaDbDataSource;

/**
 * The feed import's steps against the real MariaDB and the real schema, without an application server: what a feed
 * does to products, offers, held stock and the outbox, in seconds. The transports, the portal and the crash are
 * tested through the running platform (FeedImportIT, FeedCrashIT). Each test makes its own merchant and GTINs.
 */
class FeedPipelineIT {

    private static final String DATABASE = "innenstadt_pipeline";
    private static final AtomicLong NEXT_GTIN = new AtomicLong(400_000_000_000L);
    private static final AtomicLong NEXT_MERCHANT = new AtomicLong();
    private static MariaDbDataSource data;
    private static Path spool;

    @BeforeAll
    static void freshSchema() throws Exception {
        try (Connection server = DriverManager.getConnection(serverUrl(), "root", "");
             Statement s = server.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        data = new MariaDbDataSource(serverUrl() + DATABASE + "?user=root&rewriteBatchedStatements=true");
        Flyway.configure().dataSource(data).locations("classpath:db/migration").load().migrate();
        spool = Files.createDirectories(Path.of(System.getProperty("innenstadt.it.work"), "pipeline-spool"));
    }

    @Test
    void aFirstImportCreatesProductsAndOffersAndAnnouncesEachProductOnce() throws Exception {
        long merchant = merchant("K1", "K2");
        String[] gtins = gtins(3);
        String feed = lines("K1;" + gtins[0] + ";5;12,99;Wollmütze", "K2;" + gtins[0] + ";1;12,99;Wollmütze",
                "K1;" + gtins[1] + ";0;4,50;Topflappen", "K2;" + gtins[1] + ";2;4,50;Topflappen", "K1;" + gtins[2] + ";3;29,90;Schal");

        assertThat(run(merchant, feed, FeedMode.DELTA)).isEqualTo(ImportStatus.SUCCEEDED);

        assertThat(count("SELECT COUNT(*) FROM offer o JOIN store s ON s.id = o.store_id WHERE s.merchant_id = " + merchant)).isEqualTo(5);
        assertThat(text("SELECT title FROM product WHERE gtin = '" + gtins[0] + "'")).isEqualTo("Wollmütze");
        assertThat(count(stock(merchant, "K1", gtins[0]))).isEqualTo(5);
        assertThat(text("SELECT price_cents FROM offer o JOIN product p ON p.id = o.product_id WHERE p.gtin = '" + gtins[2] + "'"))
                .isEqualTo("2990");
        assertThat(count("SELECT COUNT(*) FROM outbox WHERE aggregate = 'PRODUCT' AND aggregate_id IN (SELECT id FROM product"
                + " WHERE gtin IN ('" + String.join("','", gtins) + "'))")).as("one outbox row per product, not per offer").isEqualTo(3);
        assertThat(text("SELECT message FROM feed_import WHERE merchant_id = " + merchant)).isEqualTo("5 lines applied, 0 unchanged, 0 rejected.");
    }

    @Test
    void theSameRowsInAnotherOrderWriteNothing() throws Exception {
        long merchant = merchant("K1");
        String[] gtins = gtins(2);
        run(merchant, lines("K1;" + gtins[0] + ";5;1,00;Kerze", "K1;" + gtins[1] + ";6;2,00;Kerzenhalter"), FeedMode.DELTA);
        long outbox = count("SELECT COUNT(*) FROM outbox");
        String versions = text("SELECT GROUP_CONCAT(o.version ORDER BY o.id) FROM offer o JOIN store s ON s.id = o.store_id"
                + " WHERE s.merchant_id = " + merchant);

        assertThat(run(merchant, lines("K1;" + gtins[1] + ";6;2,00;Kerzenhalter", "K1;" + gtins[0] + ";5;1,00;Kerze"), FeedMode.DELTA))
                .isEqualTo(ImportStatus.SUCCEEDED);

        assertThat(count("SELECT COUNT(*) FROM outbox")).isEqualTo(outbox);
        assertThat(text("SELECT GROUP_CONCAT(o.version ORDER BY o.id) FROM offer o JOIN store s ON s.id = o.store_id"
                + " WHERE s.merchant_id = " + merchant)).isEqualTo(versions);
        assertThat(text("SELECT message FROM feed_import WHERE merchant_id = " + merchant + " ORDER BY id DESC LIMIT 1"))
                .isEqualTo("0 lines applied, 2 unchanged, 0 rejected.");
    }

    @Test
    void aFeedReplacesTheQuantityAndNeverTouchesHeldStock() throws Exception {
        long merchant = merchant("K1");
        String gtin = gtins(1)[0];
        run(merchant, lines("K1;" + gtin + ";5;19,90;Teekanne"), FeedMode.DELTA);
        execute("UPDATE offer SET held = 2 WHERE product_id = (SELECT id FROM product WHERE gtin = '" + gtin + "')");

        run(merchant, lines("K1;" + gtin + ";1;19,90;Teekanne"), FeedMode.DELTA);

        assertThat(count(stock(merchant, "K1", gtin))).isEqualTo(1);
        assertThat(count("SELECT held FROM offer WHERE product_id = (SELECT id FROM product WHERE gtin = '" + gtin + "')")).isEqualTo(2);
    }

    @Test
    void aFeedWithTooManyBadLinesIsRefusedAndAppliesNothing() throws Exception {
        long merchant = merchant("K1", "K2");
        String[] gtins = gtins(3);
        run(merchant, lines("K1;" + gtins[0] + ";5;3,00;Becher"), FeedMode.DELTA);

        ImportStatus status = run(merchant, lines("K1;" + gtins[0] + ";9;3,00;Becher", "K9;" + gtins[1] + ";1;1,00;Teller",
                "K9;" + gtins[2] + ";1;1,00;Schüssel"), FeedMode.DELTA);

        assertThat(status).isEqualTo(ImportStatus.REFUSED);
        assertThat(count(stock(merchant, "K1", gtins[0]))).as("the good line is not applied either").isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM feed_rejected_row r JOIN feed_import i ON i.id = r.import_id WHERE i.merchant_id = "
                + merchant)).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM product WHERE gtin IN ('" + gtins[1] + "', '" + gtins[2] + "')")).isZero();
    }

    @Test
    void aFullFeedSetsTheOffersItDoesNotNameToZero() throws Exception {
        long merchant = merchant("K1");
        String[] gtins = gtins(3);
        run(merchant, lines("K1;" + gtins[0] + ";4;5,00;Kissen", "K1;" + gtins[1] + ";4;5,00;Decke", "K1;" + gtins[2] + ";4;5,00;Plaid"),
                FeedMode.FULL);

        run(merchant, lines("K1;" + gtins[0] + ";4;5,00;Kissen", "K1;" + gtins[1] + ";3;5,00;Decke"), FeedMode.FULL);

        assertThat(count(stock(merchant, "K1", gtins[2]))).isZero();
        assertThat(count(stock(merchant, "K1", gtins[1]))).isEqualTo(3);
        assertThat(text("SELECT offers_zeroed FROM feed_import WHERE merchant_id = " + merchant + " ORDER BY id DESC LIMIT 1"))
                .isEqualTo("1");
    }

    @Test
    void aTillExportWithoutStoreColumnIsForTheStoreChosenAndAFullOneZeroesOnlyThatStore() throws Exception {
        long merchant = merchant("K1", "K2");
        String[] gtins = gtins(2);
        run(merchant, lines("K1;" + gtins[0] + ";4;5,00;Kissen", "K2;" + gtins[0] + ";4;5,00;Kissen", "K2;" + gtins[1] + ";4;5,00;Decke"),
                FeedMode.DELTA);
        long k1 = count("SELECT id FROM store WHERE merchant_id = " + merchant + " AND code = 'K1'");
        long k2 = count("SELECT id FROM store WHERE merchant_id = " + merchant + " AND code = 'K2'");
        String tillOfOneStore = lines(";" + gtins[0] + ";7;5,00;Kissen");

        assertThat(run(merchant, tillOfOneStore, FeedMode.FULL, k2)).isEqualTo(ImportStatus.SUCCEEDED);

        assertThat(count(stock(merchant, "K2", gtins[0]))).isEqualTo(7);
        assertThat(count(stock(merchant, "K2", gtins[1]))).as("missing from K2's full file").isZero();
        assertThat(count(stock(merchant, "K1", gtins[0]))).as("K1's stock is no business of K2's file").isEqualTo(4);

        assertThat(run(merchant, tillOfOneStore, FeedMode.DELTA, k1)).as("the same file for another store is no repeat")
                .isEqualTo(ImportStatus.SUCCEEDED);
        assertThat(count(stock(merchant, "K1", gtins[0]))).isEqualTo(7);
    }

    @Test
    void theSameFileAgainIsRecordedAsUnchangedAndNotRun() throws Exception {
        long merchant = merchant("K1");
        String feed = lines("K1;" + gtins(1)[0] + ";2;8,00;Vase");
        FeedPipeline pipeline = pipeline();
        run(merchant, feed, FeedMode.DELTA);

        FeedPipeline.Received again = pipeline.receive(merchant, FeedSource.UPLOAD, FeedFormat.POS_CSV, "feed.csv", FeedMode.DELTA,
                null, content(feed), spool, 1 << 20);

        assertThat(again.status()).isEqualTo(ImportStatus.DUPLICATE);
        assertThat(again.message().english()).startsWith("Unchanged: the same file as import #");
    }

    // ------------------------------------------------------------ helpers

    private static ImportStatus run(long merchant, String feed, FeedMode mode) throws IOException, SQLException {
        return run(merchant, feed, mode, null);
    }

    private static ImportStatus run(long merchant, String feed, FeedMode mode, Long storeId) throws IOException, SQLException {
        FeedPipeline pipeline = pipeline();
        FeedPipeline.Received received = pipeline.receive(merchant, FeedSource.UPLOAD, FeedFormat.POS_CSV, "feed.csv", mode,
                storeId, content(feed), spool, 1 << 20);
        assertThat(received.status()).isEqualTo(ImportStatus.RUNNING);
        return pipeline.run(received.importId(), spool, format -> Optional.of(new SemicolonLines()));
    }

    private static FeedPipeline pipeline() {
        return new FeedPipeline(data, Clock.systemUTC(), 2, Thread::new);
    }

    private static InputStream content(String feed) {
        return new ByteArrayInputStream(feed.getBytes(StandardCharsets.UTF_8));
    }

    private static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** Valid GTIN-13s that no other test uses. */
    private static String[] gtins(int n) {
        String[] gtins = new String[n];
        for (int i = 0; i < n; i++) {
            String body = String.valueOf(NEXT_GTIN.incrementAndGet());
            int sum = 0;
            for (int d = 0; d < body.length(); d++) {
                sum += (body.charAt(body.length() - 1 - d) - '0') * (d % 2 == 0 ? 3 : 1);
            }
            gtins[i] = body + (10 - sum % 10) % 10;
        }
        return gtins;
    }

    private static long merchant(String... storeCodes) throws SQLException {
        String slug = "pipeline-" + NEXT_MERCHANT.incrementAndGet();
        execute("INSERT INTO merchant (slug, name, feed_mode) VALUES ('" + slug + "', 'Testladen " + slug + "', 'DELTA')");
        long id = count("SELECT id FROM merchant WHERE slug = '" + slug + "'");
        for (String code : storeCodes) {
            execute("INSERT INTO store (merchant_id, code, name, street, house_number, postal_code, city, lat, lon) VALUES (" + id
                    + ", '" + code + "', 'Filiale " + code + "', 'Marktstraße', '1', '67655', 'Kaiserslautern', 49.4447, 7.7690)");
        }
        return id;
    }

    private static String stock(long merchant, String storeCode, String gtin) {
        return "SELECT o.quantity FROM offer o JOIN store s ON s.id = o.store_id JOIN product p ON p.id = o.product_id"
                + " WHERE s.merchant_id = " + merchant + " AND s.code = '" + storeCode + "' AND p.gtin = '" + gtin + "'";
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = data.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static long count(String sql) throws SQLException {
        return Long.parseLong(text(sql));
    }

    private static String text(String sql) throws SQLException {
        try (Connection c = data.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            assertThat(rs.next()).as("a row for %s", sql).isTrue();
            return rs.getString(1);
        }
    }

    private static String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + System.getProperty("innenstadt.it.db.port") + "/";
    }

    /** store;gtin;quantity;price with a decimal comma;title — the shape of a till export, without a header. */
    private static final class SemicolonLines implements FeedParser {
        @Override
        public FeedFormat format() {
            return FeedFormat.POS_CSV;
        }

        @Override
        public void parse(InputStream content, FeedParseOptions options, FeedSink sink) throws FeedFormatException {
            try {
                String[] lines = new String(content.readAllBytes(), StandardCharsets.UTF_8).split("\n");
                for (int i = 0; i < lines.length; i++) {
                    String[] f = lines[i].split(";");
                    sink.accept(new FeedLine(i + 1, f[0], f[1], null, Integer.valueOf(f[2]),
                            Money.euros(new BigDecimal(f[3].replace(',', '.'))), new FeedLine.FeedProduct(f[4], null, null, null, null)));
                }
            } catch (IOException e) {
                throw new FeedFormatException(FeedText.of(FeedText.Code.FILE_UNREADABLE, e.getMessage()), e);
            }
        }
    }
}
