// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.innenstadt.launcher.LauncherSettings;
import de.innenstadt.launcher.PayaraMicroProcess;
import de.innenstadt.launcher.PayaraMicroProcess.Deployment;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * An import killed with {@code kill -9} in the middle is finished after the restart, from its last
 * committed batch: the offers end exactly as the feed says, the counts are right and nothing is doubled.
 * Runs its own Payara Micro (a process it can kill) against a database of its own, beside the suite.
 */
@Execution(ExecutionMode.CONCURRENT)
@ExtendWith(BesideTheSuite.class)
class FeedCrashIT {

    private static final String DATABASE = "innenstadt_feedcrash";
    /** 40 batches: enough to be killed in the middle, few enough that the rest takes seconds after the restart. */
    private static final int STORES = 40;
    private static final int PRODUCTS = 1000;
    private static final int LINES = STORES * PRODUCTS;
    private static final int PORT = Integer.getInteger("innenstadt.it.http.port") + 2;
    private static PayaraMicroProcess payara;

    @AfterAll
    static void stop() {
        if (payara != null) {
            payara.close();
        }
    }

    @Test
    void anImportKilledMidwayIsResumedAfterTheRestartAndEndsExactlyAsTheFeedSays() throws Exception {
        Path work = Path.of(System.getProperty("innenstadt.it.work"), "feed-crash");
        Path varDir = work.resolve("var");
        try (Connection server = DriverManager.getConnection(serverUrl(), "root", "");
             Statement s = server.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + DATABASE);
            s.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        payara = start(work, varDir);
        long merchantId = createMerchantStoresAndProducts();
        Path feed = work.resolve("big-feed.json");
        writeFeed(feed);
        Path dropDir = varDir.resolve("feeds").resolve("drop").resolve("crashtest");
        Files.createDirectories(dropDir);
        Files.move(feed, dropDir.resolve("big-feed.json"));

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(200))
                .until(() -> linesDone(merchantId) >= 4_000);
        long doneBeforeKill = linesDone(merchantId);
        ProcessHandle process = ProcessHandle.of(payara.pid()).orElseThrow();
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.onExit().get();
        payara = null;
        assertThat(value("SELECT status FROM feed_import WHERE merchant_id = " + merchantId)).isEqualTo("RUNNING");
        assertThat(doneBeforeKill).isLessThan(LINES);

        payara = start(work, varDir);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(500))
                .until(() -> !"RUNNING".equals(value("SELECT status FROM feed_import WHERE merchant_id = " + merchantId)));

        assertThat(value("SELECT CONCAT_WS(',', status, rows_read, rows_applied, rows_unchanged, rows_rejected, lines_done)"
                + " FROM feed_import WHERE merchant_id = " + merchantId))
                .isEqualTo("SUCCEEDED," + LINES + "," + LINES + ",0,0," + LINES);
        // the drop folder delivers the file again after the restart: it joins the resumed import while that runs, and is
        // recorded as a duplicate that applies nothing when the resumed import ended first
        assertThat(value("SELECT COUNT(*) FROM feed_import WHERE merchant_id = " + merchantId + " AND status <> 'DUPLICATE'"))
                .isEqualTo("1");
        assertThat(value("SELECT COUNT(*) FROM feed_import WHERE merchant_id = " + merchantId + " AND status = 'DUPLICATE'"
                + " AND rows_applied <> 0")).isEqualTo("0");
        assertThat(value("SELECT COUNT(*) FROM offer o JOIN store s ON s.id = o.store_id WHERE s.merchant_id = " + merchantId))
                .isEqualTo(String.valueOf(LINES));
        assertThat(value("SELECT COUNT(*) FROM offer o JOIN store s ON s.id = o.store_id JOIN product p ON p.id = o.product_id"
                + " WHERE s.merchant_id = " + merchantId + " AND (o.quantity <> MOD(CAST(SUBSTRING(s.code, 2) AS INT) * 7"
                + " + CAST(SUBSTRING(p.sku, 2) AS INT) * 13, 50) OR o.price_cents <> 100 + CAST(SUBSTRING(p.sku, 2) AS INT))"))
                .as("offers that differ from the feed").isEqualTo("0");
        assertThat(Files.exists(dropDir.resolve("done"))).isTrue();
    }

    private static PayaraMicroProcess start(Path work, Path varDir) {
        Path dist = Path.of(System.getProperty("innenstadt.it.dist"));
        return PayaraMicroProcess.start(dist.resolve("payara-micro.jar"),
                List.of(new Deployment(dist.resolve("shop-web.war"), "/"),
                        new Deployment(dist.resolve("merchant-portal.war"), "/portal")),
                PORT, LauncherSettings.defaultHttpThreads(), work,
                Map.of("INNENSTADT_DB_URL", serverUrl() + DATABASE,
                        "INNENSTADT_ELASTICSEARCH_URL", "http://127.0.0.1:" + System.getProperty("innenstadt.it.elasticsearch.port"),
                        "INNENSTADT_SEARCH_INDEX", "feedcrash-products",
                        "INNENSTADT_DEMO_DATA", "false",
                        "INNENSTADT_VAR_DIR", varDir.toString(),
                        "INNENSTADT_FEEDS_DROP_POLL_MILLIS", "200",
                        "JAVA_TOOL_OPTIONS", TestPlatform.TEST_JVM_OPTIONS),
                Duration.ofMinutes(3));
    }

    private static long createMerchantStoresAndProducts() throws SQLException {
        try (Connection db = database()) {
            try (Statement s = db.createStatement()) {
                s.executeUpdate("INSERT INTO merchant (slug, name) VALUES ('crashtest', 'Absturz-Test')");
            }
            long merchantId = Long.parseLong(value("SELECT id FROM merchant WHERE slug = 'crashtest'"));
            try (PreparedStatement store = db.prepareStatement("INSERT INTO store (merchant_id, code, name, street, house_number,"
                    + " postal_code, city, lat, lon) VALUES (?, ?, ?, 'Marktstraße', '1', '67655', 'Kaiserslautern', 49.444, 7.769)")) {
                for (int i = 0; i < STORES; i++) {
                    store.setLong(1, merchantId);
                    store.setString(2, "S" + i);
                    store.setString(3, "Filiale " + i);
                    store.addBatch();
                }
                store.executeBatch();
            }
            try (PreparedStatement product = db.prepareStatement("INSERT INTO product (merchant_id, sku, title) VALUES (?, ?, ?)")) {
                for (int i = 0; i < PRODUCTS; i++) {
                    product.setLong(1, merchantId);
                    product.setString(2, "P" + i);
                    product.setString(3, "Artikel " + i);
                    product.addBatch();
                }
                product.executeBatch();
            }
            return merchantId;
        }
    }

    /** quantity = (store * 7 + product * 13) mod 50, price = 1.00 + product cents: checkable in SQL. */
    private static void writeFeed(Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("{\"lines\":[\n");
            for (int store = 0; store < STORES; store++) {
                for (int product = 0; product < PRODUCTS; product++) {
                    if (store + product > 0) {
                        out.write(",\n");
                    }
                    int cents = 100 + product;
                    out.write("{\"storeCode\":\"S" + store + "\",\"sku\":\"P" + product + "\",\"quantity\":"
                            + (store * 7 + product * 13) % 50 + ",\"price\":\"" + cents / 100 + "." + String.format("%02d", cents % 100) + "\"}");
                }
            }
            out.write("\n]}\n");
        }
    }

    private static long linesDone(long merchantId) throws SQLException {
        String done = value("SELECT lines_done FROM feed_import WHERE merchant_id = " + merchantId);
        return done == null ? 0 : Long.parseLong(done);
    }

    private static String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + System.getProperty("innenstadt.it.db.port") + "/";
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(serverUrl() + DATABASE, "root", "");
    }

    private static String value(String sql) throws SQLException {
        try (Connection db = database(); Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
