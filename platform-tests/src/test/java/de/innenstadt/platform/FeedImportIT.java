// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.ReservationApi.execute;
import static de.innenstadt.platform.ReservationApi.value;
import static de.innenstadt.platform.TestPlatform.get;
import static de.innenstadt.platform.TestPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Stock feeds end to end against the real MariaDB and Elasticsearch: the push API, the drop folder, the
 * portal's upload page, an SFTP server, full and delta feeds, the refusal threshold, re-sent files and garbage.
 * A merchant of its own ({@code feedtest}, stores F1 and F2) keeps these tests away from the demo stock.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@NeedsAQuietMachine
class FeedImportIT {

    private static final String SLUG = "feedtest";
    private static final String SECRET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final String KEY_TEXT = "isk_feedtst1_" + SECRET;
    private static final String FORMATS_SLUG = "feedformats";
    private static long merchantId;
    private static long formatsMerchantId;
    private static long storeF1;
    private static long storeF2;
    private static List<String[]> products;


    @BeforeEach
    void platformIsUpWithTheTestMerchant() throws Exception {
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/health/ready").statusCode() == 200);
        synchronized (FeedImportIT.class) {
            if (products == null) {
                createTestMerchant();
            }
        }
    }

    @Test
    void thePushApiAppliesGoodLinesExplainsBadOnesAndAnswersARetryWithTheFirstImport() throws Exception {
        assertThat(TestPlatform.pushStock(null, "k1", "{\"lines\":[]}").statusCode()).isEqualTo(401);
        assertThat(TestPlatform.pushStock("isk_feedtst1_" + "x".repeat(32), "k1", "{\"lines\":[]}").statusCode()).isEqualTo(401);
        assertThat(TestPlatform.pushStock(KEY_TEXT, null, "{\"lines\":[]}").statusCode()).isEqualTo(400);
        HttpResponse<String> notJson = TestPlatform.pushStock(KEY_TEXT, UUID.randomUUID().toString(), "{\"lines\": [ {\"storeCode\": ");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json(notJson.body()).get("message").asText()).contains("not valid JSON");
        assertThat(TestPlatform.pushStock(KEY_TEXT, UUID.randomUUID().toString(), "{\"lines\": 5}").statusCode()).isEqualTo(400);

        String body = lines(line("F1", 0, 5, "9.99"), line("F1", 1, 3, "4.50"), line("F1", 2, 8, "1.00"),
                line("F2", 0, 2, "9.99"), line("F2", 1, 1, "4.50"), "{\"storeCode\":\"F1\",\"gtin\":\"4006381333932\",\"quantity\":1}");
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = TestPlatform.pushStock(KEY_TEXT, key, body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode result = json(first.body());
        assertThat(result.get("status").asText()).isEqualTo("succeeded");
        assertThat(result.get("read").asLong()).isEqualTo(6);
        assertThat(result.get("applied").asLong() + result.get("unchanged").asLong()).isEqualTo(5);
        assertThat(result.get("rejected").asLong()).isEqualTo(1);
        assertThat(result.get("rejections").get(0).get("line").asLong()).isEqualTo(6);
        assertThat(result.get("rejections").get(0).get("field").asText()).isEqualTo("gtin");
        assertThat(result.get("rejections").get(0).get("reasonCode").asText()).as("a code a till system can act on")
                .isEqualTo("GTIN_CHECK_DIGIT");
        assertThat(offer(storeF1, 0)).containsExactly(5, 999);
        assertThat(offer(storeF2, 1)).containsExactly(1, 450);

        HttpResponse<String> retry = TestPlatform.pushStock(KEY_TEXT, key, body);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(json(retry.body()).get("importId").asLong()).isEqualTo(result.get("importId").asLong());
        assertThat(TestPlatform.pushStock(KEY_TEXT, key, lines(line("F1", 0, 6, "9.99"))).statusCode()).isEqualTo(422);
        JsonNode again = json(TestPlatform.pushStock(KEY_TEXT, UUID.randomUUID().toString(), body).body());
        assertThat(again.get("status").asText()).isEqualTo("unchanged");
        assertThat(again.get("message").asText()).contains("#" + result.get("importId").asLong());

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> searchedQuantity(0, storeF1) == offer(storeF1, 0)[0]);
        int quantity = offer(storeF1, 0)[0] + 7;
        HttpResponse<String> change = TestPlatform.pushStock(KEY_TEXT, UUID.randomUUID().toString(), lines(line("F1", 0, quantity, null)));
        assertThat(json(change.body()).get("applied").asLong()).isEqualTo(1);
        long committed = System.nanoTime();
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> searchedQuantity(0, storeF1) == quantity);
        assertThat(Duration.ofNanos(System.nanoTime() - committed)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aFeedWithMoreBadLinesThanTheThresholdIsRefusedAndAppliesNothing() throws Exception {
        TestPlatform.pushStock(KEY_TEXT, UUID.randomUUID().toString(), lines(line("F2", 3, 4, "2.00")));
        int[] before = offer(storeF2, 3);
        HttpResponse<String> refused = TestPlatform.pushStock(KEY_TEXT, UUID.randomUUID().toString(), lines(line("F2", 3, before[0] + 10, null),
                line("F9", 1, 1, null), "{\"storeCode\":\"F2\",\"gtin\":\"" + products.get(2)[1] + "\",\"quantity\":-3}"));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonNode result = json(refused.body());
        assertThat(result.get("status").asText()).isEqualTo("refused");
        assertThat(result.get("message").asText()).contains("2 of 3").contains("nothing was applied");
        assertThat(result.get("rejections")).hasSize(2);
        assertThat(offer(storeF2, 3)).containsExactly(before);
    }

    @Test
    void dropFolderFilesAreImportedFullFeedsZeroWhatIsMissingDeltasTouchOnlyTheirLinesAndRepeatsAreNoticed() throws Exception {
        TestPlatform.pushStock(KEY_TEXT, UUID.randomUUID().toString(), lines(line("F1", 3, 5, "3.00"), line("F1", 4, 5, "3.00"),
                line("F2", 4, 6, "3.00")));
        execute("UPDATE offer SET held = 2 WHERE store_id = " + storeF1 + " AND product_id = " + products.get(4)[0]);
        execute("UPDATE merchant SET feed_mode = 'FULL' WHERE id = " + merchantId);
        try {
            Path full = drop("full.json", lines(line("F1", 3, 4, "3.00"), line("F2", 4, 6, "3.50")));
            awaitMoved(full, "done");
            JsonNode record = lastImport();
            assertThat(record.get("status").asText()).as(record.toString()).isEqualTo("SUCCEEDED");
            assertThat(record.get("source").asText()).isEqualTo("DROP_FOLDER");
            assertThat(offer(storeF1, 3)).containsExactly(4, 300);
            assertThat(offer(storeF2, 4)).containsExactly(6, 350);
            assertThat(offer(storeF1, 4)[0]).isZero();
            assertThat(value("SELECT held FROM offer WHERE store_id = " + storeF1 + " AND product_id = " + products.get(4)[0]))
                    .as("held stock is never touched by a feed").isEqualTo("2");
            assertThat(value("SELECT COUNT(*) FROM offer o JOIN store s ON s.id = o.store_id WHERE s.merchant_id = " + merchantId
                    + " AND o.quantity > 0")).isEqualTo("2");
        } finally {
            execute("UPDATE merchant SET feed_mode = 'DELTA' WHERE id = " + merchantId);
        }
        String delta = lines(line("F1", 4, 9, null));
        awaitMoved(drop("delta.json", delta), "done");
        assertThat(offer(storeF1, 4)[0]).isEqualTo(9);
        assertThat(offer(storeF1, 3)).containsExactly(4, 300);

        awaitMoved(drop("delta-again.json", delta), "done");
        JsonNode repeat = lastImport();
        assertThat(repeat.get("status").asText()).isEqualTo("DUPLICATE");
        assertThat(repeat.get("message").asText()).startsWith("Unchanged: the same file as import #");
    }

    /**
     * A link in a merchant's drop folder once imported whatever file it pointed to, and the file's
     * values came back in the rejected-rows CSV. Now it is refused before anything reads it.
     */
    @Test
    void aSymbolicLinkInTheDropFolderIsRefusedUnread() throws Exception {
        Path secret = Path.of(System.getProperty("innenstadt.it.work"), "secret-" + UUID.randomUUID() + ".csv");
        Files.writeString(secret, "filiale;gtin;menge;preis\n1;GEHEIM-4711;1;1,00\n", StandardCharsets.UTF_8);
        String importsBefore = value("SELECT COUNT(*) FROM feed_import WHERE merchant_id = " + merchantId);
        Files.createDirectories(DropFolder.dir(SLUG));
        Path link = Files.createSymbolicLink(DropFolder.dir(SLUG).resolve(UUID.randomUUID().toString().substring(0, 8)
                + "-link.csv"), secret);
        awaitMoved(link, "failed");
        assertThat(value("SELECT COUNT(*) FROM feed_import WHERE merchant_id = " + merchantId)).isEqualTo(importsBefore);
        assertThat(value("SELECT COUNT(*) FROM feed_rejected_row WHERE value LIKE '%GEHEIM%'")).isEqualTo("0");
    }

    @Test
    void everyFileFormatArrivesThroughTheDropFolderFromRealSampleFiles() throws Exception {
        String[][] samples = {
            {"bmecat12-new-catalog.xml", "BMECAT"}, {"bmecat2005-new-catalog.xml", "BMECAT"},
            {"google-local-products.tsv", "GOOGLE_LOCAL_PRODUCTS"}, {"google-local-products.xml", "GOOGLE_LOCAL_PRODUCTS"},
            {"google-local-products-variants.tsv", "GOOGLE_LOCAL_PRODUCTS"},
            {"google-local-inventory.tsv", "GOOGLE_LOCAL_INVENTORY_TSV"}, {"google-local-inventory.xml", "GOOGLE_LOCAL_INVENTORY_XML"},
            {"kasse-windows1252.csv", "POS_CSV"}, {"kasse-utf8-bom-tab.csv", "POS_CSV"},
            {"bmecat12-update-products.xml", "BMECAT"}, {"bmecat12-update-prices.xml", "BMECAT"},
            {"bmecat2005-update-products.xml", "BMECAT"}, {"bmecat2005-update-prices.xml", "BMECAT"}};
        for (String[] sample : samples) {
            execute("UPDATE feed_settings SET format = '" + sample[1] + "' WHERE merchant_id = " + formatsMerchantId);
            Path file = DropFolder.drop(FORMATS_SLUG, sample[0], FeedSamples.sample(sample[0]));
            DropFolder.awaitMoved(FORMATS_SLUG, file, "done");
            JsonNode record = lastImport(formatsMerchantId);
            assertThat(record.get("status").asText()).as(sample[0] + ": " + record).isIn("SUCCEEDED", "DUPLICATE");
            assertThat(record.get("format").asText()).isEqualTo(sample[1]);
        }
        assertThat(value("SELECT CONCAT(o.quantity, ',', o.price_cents) FROM offer o JOIN store s ON s.id = o.store_id"
                + " JOIN product p ON p.id = o.product_id WHERE s.merchant_id = " + formatsMerchantId
                + " AND s.code = '1' AND p.gtin = '4006381333924'")).as("Füller from the tab-separated till export").isEqualTo("3,1299");
        assertThat(value("SELECT COUNT(*) FROM feed_rejected_row r JOIN feed_import i ON i.id = r.import_id WHERE i.merchant_id = "
                + formatsMerchantId + " AND r.reason LIKE '%check digit%'")).isNotEqualTo("0");
        assertThat(value("SELECT CONCAT(COUNT(DISTINCT article_key), ',', COUNT(*), ',', MIN(article_title), ',',"
                + " GROUP_CONCAT(DISTINCT variant_color ORDER BY variant_color)) FROM product WHERE merchant_id = "
                + formatsMerchantId + " AND sku LIKE 'SNK-CL-%'"))
                .as("the sneaker's sizes and colours are one article").isEqualTo("1,3,Sneaker Classic,schwarz,weiß");
    }

    @Test
    void filesOnTheMerchantsSftpServerAreImportedAndMovedToDoneThere() throws Exception {
        Path root = Path.of(System.getProperty("innenstadt.it.work"), "sftp-root");
        try (Stream<Path> leftovers = Files.exists(root) ? Files.walk(root) : Stream.empty()) {
            for (Path old : leftovers.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(old);
            }
        }
        Files.createDirectories(root.resolve("export"));
        SshServer sftp = SshServer.setUpDefaultServer();
        sftp.setHost("127.0.0.1");
        sftp.setPort(Integer.getInteger("innenstadt.it.http.port") + 5);
        sftp.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(root.resolveSibling("sftp-hostkey.ser")));
        sftp.setPasswordAuthenticator((user, password, session) -> "kasse".equals(user) && "geheim".equals(password));
        sftp.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        sftp.setFileSystemFactory(new VirtualFileSystemFactory(root));
        sftp.start();
        try {
            // the Windows-1252 till export, with one more line so it is not the same file as an earlier import
            Path file = root.resolve("export").resolve(UUID.randomUUID() + "-kasse.csv");
            byte[] sample = FeedSamples.sample("kasse-windows1252.csv");
            int quantity = 5 + new Random().nextInt(500);
            byte[] extra = ("KL-02;4006381333931;10001;Kugelschreiber Grün;Stabilo;Schreibwaren;" + quantity + ";1,99\r\n")
                    .getBytes(java.nio.charset.Charset.forName("windows-1252"));
            byte[] content = java.util.Arrays.copyOf(sample, sample.length + extra.length);
            System.arraycopy(extra, 0, content, sample.length, extra.length);
            Files.write(file, content);
            execute("UPDATE feed_settings SET format = 'POS_CSV' WHERE merchant_id = " + formatsMerchantId);
            execute("INSERT INTO feed_sftp_source (merchant_id, host, port, remote_path, username, password, poll_seconds) VALUES ("
                    + formatsMerchantId + ", '127.0.0.1', " + sftp.getPort() + ", 'export', 'kasse', 'geheim', 1)");
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> !Files.exists(file));
            try (Stream<Path> done = Files.list(root.resolve("export").resolve("done"))) {
                assertThat(done.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(file.getFileName().toString()));
            }
            JsonNode record = lastImport(formatsMerchantId);
            assertThat(record.get("source").asText()).isEqualTo("SFTP");
            assertThat(record.get("status").asText()).as(record.toString()).isEqualTo("SUCCEEDED");
            assertThat(value("SELECT CONCAT(o.quantity, ',', o.price_cents) FROM offer o JOIN store s ON s.id = o.store_id"
                    + " JOIN product p ON p.id = o.product_id WHERE s.merchant_id = " + formatsMerchantId
                    + " AND s.code = 'KL-02' AND p.gtin = '4006381333931'")).isEqualTo(quantity + ",199");
        } finally {
            execute("DELETE FROM feed_sftp_source WHERE merchant_id = " + formatsMerchantId);
            sftp.stop(true);
        }
    }

    @Test
    void garbageEndsAsAFailedImportWithAReasonAndTheServerStaysHealthy() throws Exception {
        byte[] binary = new byte[200_000];
        new Random(7).nextBytes(binary);
        TestPlatform.pushStock(KEY_TEXT, UUID.randomUUID().toString(), lines(line("F1", 0, 5, "9.99")));
        int before = offer(storeF1, 0)[0];
        for (Object[] garbage : new Object[][] {{"binary.json", binary}, {"empty.json", new byte[0]},
                {"cut.json", "{\"lines\":[{\"storeCode\":\"F1\",\"gtin\":".getBytes(StandardCharsets.UTF_8)},
                {"nolines.json", "[1,2,3]".getBytes(StandardCharsets.UTF_8)}}) {
            Path file = dropBytes((String) garbage[0], (byte[]) garbage[1]);
            awaitMoved(file, "failed");
            JsonNode record = lastImport();
            assertThat(record.get("status").asText()).as((String) garbage[0]).isEqualTo("FAILED");
            assertThat(record.get("message").asText()).as((String) garbage[0]).isNotBlank().contains("Nothing was applied");
        }
        assertThat(offer(storeF1, 0)[0]).isEqualTo(before);

        String offersBefore = value("SELECT COUNT(*) FROM offer o JOIN store s ON s.id = o.store_id WHERE s.merchant_id = " + formatsMerchantId);
        for (Object[] garbage : new Object[][] {
                {"billion-laughs.xml", "GOOGLE_LOCAL_INVENTORY_XML", FeedSamples.sample("garbage/billion-laughs.xml")},
                {"xxe.xml", "BMECAT", FeedSamples.sample("garbage/xxe.xml")},
                {"not-well-formed.xml", "BMECAT", FeedSamples.sample("garbage/not-well-formed.xml")},
                {"picture.csv", "POS_CSV", FeedSamples.sample("garbage/picture.png")},
                {"header-only.csv", "POS_CSV", FeedSamples.sample("garbage/header-only.csv")},
                {"empty.csv", "POS_CSV", FeedSamples.sample("garbage/empty.csv")},
                {"bomb.csv.gz", "POS_CSV", FeedSamples.gzipBomb()},
                {"one-line.csv", "POS_CSV", ("EAN;Bestand;Filiale\n" + "4".repeat(3_000_000)).getBytes(StandardCharsets.US_ASCII)},
                {"wrong-encoding.csv", "POS_CSV", FeedSamples.wrongEncoding()}}) {
            execute("UPDATE feed_settings SET format = '" + garbage[1] + "' WHERE merchant_id = " + formatsMerchantId);
            Path file = DropFolder.drop(FORMATS_SLUG, (String) garbage[0], (byte[]) garbage[2]);
            DropFolder.awaitMoved(FORMATS_SLUG, file, "failed");
            JsonNode record = lastImport(formatsMerchantId);
            assertThat(record.get("status").asText()).as(garbage[0] + ": " + record).isEqualTo("FAILED");
            assertThat(record.get("message").asText()).as((String) garbage[0]).contains("Nothing was applied");
        }
        assertThat(value("SELECT COUNT(*) FROM offer o JOIN store s ON s.id = o.store_id WHERE s.merchant_id = " + formatsMerchantId))
                .isEqualTo(offersBefore);
        assertThat(get("/health/ready").statusCode()).isEqualTo(200);
        awaitMoved(drop("after-garbage.json", lines(line("F1", 0, before + 1, null))), "done");
        assertThat(offer(storeF1, 0)[0]).isEqualTo(before + 1);
    }

    // ------------------------------------------------------------ helpers

    private static void createTestMerchant() throws Exception {
        try (Connection db = ReservationApi.database()) {
            String existing = value("SELECT id FROM merchant WHERE slug = '" + SLUG + "'");
            if (existing == null) {
                execute("INSERT INTO merchant (slug, name, feed_mode) VALUES ('" + SLUG + "', 'Feed-Testladen', 'DELTA')");
                merchantId = Long.parseLong(value("SELECT id FROM merchant WHERE slug = '" + SLUG + "'"));
                for (String code : new String[] {"F1", "F2"}) {
                    execute("INSERT INTO store (merchant_id, code, name, street, house_number, postal_code, city, lat, lon) VALUES ("
                            + merchantId + ", '" + code + "', 'Feed-Testladen " + code + "', 'Marktstraße', '1', '67655',"
                            + " 'Kaiserslautern', 49.4440, 7.7690)");
                }
                String hash = TestPlatform.sha256(SECRET);
                execute("INSERT INTO api_key (merchant_id, prefix, secret_sha256, label) VALUES (" + merchantId + ", 'feedtst1', '"
                        + hash + "', 'Test')");
            }
            if (value("SELECT id FROM merchant WHERE slug = '" + FORMATS_SLUG + "'") == null) {
                execute("INSERT INTO merchant (slug, name, feed_mode) VALUES ('" + FORMATS_SLUG + "', 'Formate-Testladen', 'DELTA')");
                long id = Long.parseLong(value("SELECT id FROM merchant WHERE slug = '" + FORMATS_SLUG + "'"));
                for (String code : new String[] {"KL-01", "KL-02", "1", "2"}) {
                    execute("INSERT INTO store (merchant_id, code, name, street, house_number, postal_code, city, lat, lon) VALUES ("
                            + id + ", '" + code + "', 'Formate-Testladen " + code + "', 'Fackelstraße', '2', '67655',"
                            + " 'Kaiserslautern', 49.4450, 7.7700)");
                }
                // the samples show every kind of bad line on purpose: refuse none of them
                execute("INSERT INTO feed_settings (merchant_id, reject_threshold) VALUES (" + id + ", 1.000)");
            }
            formatsMerchantId = Long.parseLong(value("SELECT id FROM merchant WHERE slug = '" + FORMATS_SLUG + "'"));
            merchantId = Long.parseLong(value("SELECT id FROM merchant WHERE slug = '" + SLUG + "'"));
            storeF1 = Long.parseLong(value("SELECT id FROM store WHERE merchant_id = " + merchantId + " AND code = 'F1'"));
            storeF2 = Long.parseLong(value("SELECT id FROM store WHERE merchant_id = " + merchantId + " AND code = 'F2'"));
            List<String[]> found = new ArrayList<>();
            try (PreparedStatement s = db.prepareStatement("SELECT id, gtin, title FROM product WHERE gtin IS NOT NULL AND merchant_id IS NULL"
                    + " ORDER BY id LIMIT 6"); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    found.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
                }
            }
            products = found;
        }
    }

    private static String line(String store, int product, int quantity, String price) {
        return "{\"storeCode\":\"" + store + "\",\"gtin\":\"" + products.get(product)[1] + "\",\"quantity\":" + quantity
                + (price == null ? "" : ",\"price\":\"" + price + "\"") + "}";
    }

    private static String lines(String... lines) {
        return "{\"lines\":[" + String.join(",", lines) + "]}";
    }

    /** quantity and price in cents of the test merchant's offer of product {@code index} in a store. */
    private static int[] offer(long storeId, int index) throws SQLException {
        String row = value("SELECT CONCAT(quantity, ',', price_cents) FROM offer WHERE store_id = " + storeId + " AND product_id = "
                + products.get(index)[0]);
        if (row == null) {
            return new int[] {-1, -1};
        }
        String[] parts = row.split(",");
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }

    private static int searchedQuantity(int index, long storeId) {
        HttpResponse<String> response = get("/api/v1/search?size=50&q=" + products.get(index)[1]);
        if (response.statusCode() != 200) {
            return -1;
        }
        for (JsonNode hit : json(response.body()).get("hits")) {
            if (hit.get("productId").asLong() == Long.parseLong(products.get(index)[0])) {
                for (JsonNode offer : hit.get("offers")) {
                    if (offer.get("storeId").asLong() == storeId) {
                        return offer.get("quantity").asInt();
                    }
                }
            }
        }
        return -1;
    }

    private static Path drop(String name, String content) throws IOException {
        return DropFolder.drop(SLUG, name, content.getBytes(StandardCharsets.UTF_8));
    }

    private static Path dropBytes(String name, byte[] content) throws IOException {
        return DropFolder.drop(SLUG, name, content);
    }

    private static void awaitMoved(Path file, String folder) {
        DropFolder.awaitMoved(SLUG, file, folder);
    }

    private static JsonNode lastImport() throws SQLException {
        return lastImport(merchantId);
    }

    private static JsonNode lastImport(long merchant) throws SQLException {
        return json(value("SELECT JSON_OBJECT('status', status, 'source', source, 'format', format, 'message', message,"
                + " 'applied', rows_applied, 'rejected', rows_rejected) FROM feed_import WHERE merchant_id = " + merchant
                + " ORDER BY id DESC LIMIT 1"));
    }
}
