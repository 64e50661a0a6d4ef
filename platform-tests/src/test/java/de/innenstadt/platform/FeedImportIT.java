// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.get;
import static de.innenstadt.platform.TestPlatform.json;
import static de.innenstadt.platform.TestPlatform.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Stock feeds end to end against the real MariaDB and Elasticsearch: the push API, the drop folder, the
 * portal's upload page, an SFTP server, full and delta feeds, the refusal threshold, re-sent files and garbage.
 * A merchant of its own ({@code feedtest}, stores F1 and F2) keeps these tests away from the demo stock.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FeedImportIT {

    private static final String SLUG = "feedtest";
    private static final String SECRET = "abcdefghijkmnpqrstuvwxyz23456789";
    private static final String KEY_TEXT = "isk_feedtst1_" + SECRET;
    private static long merchantId;
    private static long storeF1;
    private static long storeF2;
    private static List<String[]> products;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return TestPlatform.shopWeb();
    }

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
        assertThat(push(null, "k1", "{\"lines\":[]}").statusCode()).isEqualTo(401);
        assertThat(push("isk_feedtst1_" + "x".repeat(32), "k1", "{\"lines\":[]}").statusCode()).isEqualTo(401);
        assertThat(push(KEY_TEXT, null, "{\"lines\":[]}").statusCode()).isEqualTo(400);
        HttpResponse<String> notJson = push(KEY_TEXT, UUID.randomUUID().toString(), "{\"lines\": [ {\"storeCode\": ");
        assertThat(notJson.statusCode()).isEqualTo(400);
        assertThat(json(notJson.body()).get("message").asText()).contains("not valid JSON");
        assertThat(push(KEY_TEXT, UUID.randomUUID().toString(), "{\"lines\": 5}").statusCode()).isEqualTo(400);

        String body = lines(line("F1", 0, 5, "9.99"), line("F1", 1, 3, "4.50"), line("F1", 2, 8, "1.00"),
                line("F2", 0, 2, "9.99"), line("F2", 1, 1, "4.50"), "{\"storeCode\":\"F1\",\"gtin\":\"4006381333932\",\"quantity\":1}");
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = push(KEY_TEXT, key, body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode result = json(first.body());
        assertThat(result.get("status").asText()).isEqualTo("succeeded");
        assertThat(result.get("read").asLong()).isEqualTo(6);
        assertThat(result.get("applied").asLong() + result.get("unchanged").asLong()).isEqualTo(5);
        assertThat(result.get("rejected").asLong()).isEqualTo(1);
        assertThat(result.get("rejections").get(0).get("line").asLong()).isEqualTo(6);
        assertThat(result.get("rejections").get(0).get("field").asText()).isEqualTo("gtin");
        assertThat(offer(storeF1, 0)).containsExactly(5, 999);
        assertThat(offer(storeF2, 1)).containsExactly(1, 450);

        HttpResponse<String> retry = push(KEY_TEXT, key, body);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(json(retry.body()).get("importId").asLong()).isEqualTo(result.get("importId").asLong());
        assertThat(push(KEY_TEXT, key, lines(line("F1", 0, 6, "9.99"))).statusCode()).isEqualTo(422);
        JsonNode again = json(push(KEY_TEXT, UUID.randomUUID().toString(), body).body());
        assertThat(again.get("status").asText()).isEqualTo("unchanged");
        assertThat(again.get("message").asText()).contains("#" + result.get("importId").asLong());

        await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(200))
                .until(() -> searchedQuantity(0, storeF1) == offer(storeF1, 0)[0]);
        int quantity = offer(storeF1, 0)[0] + 7;
        HttpResponse<String> change = push(KEY_TEXT, UUID.randomUUID().toString(), lines(line("F1", 0, quantity, null)));
        assertThat(json(change.body()).get("applied").asLong()).isEqualTo(1);
        long committed = System.nanoTime();
        await().atMost(Duration.ofSeconds(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> searchedQuantity(0, storeF1) == quantity);
        assertThat(Duration.ofNanos(System.nanoTime() - committed)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void aFeedWithMoreBadLinesThanTheThresholdIsRefusedAndAppliesNothing() throws Exception {
        push(KEY_TEXT, UUID.randomUUID().toString(), lines(line("F2", 3, 4, "2.00")));
        int[] before = offer(storeF2, 3);
        HttpResponse<String> refused = push(KEY_TEXT, UUID.randomUUID().toString(), lines(line("F2", 3, before[0] + 10, null),
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
        push(KEY_TEXT, UUID.randomUUID().toString(), lines(line("F1", 3, 5, "3.00"), line("F1", 4, 5, "3.00"),
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

    @Test
    void filesOnTheMerchantsSftpServerAreImportedAndMovedToDoneThere() throws Exception {
        Path root = Path.of(System.getProperty("innenstadt.it.work"), "sftp-root");
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
            Path file = root.resolve("export").resolve(UUID.randomUUID() + "-stock.json");
            Files.writeString(file, lines(line("F2", 5, 11, "5.00")));
            execute("INSERT INTO feed_sftp_source (merchant_id, host, port, remote_path, username, password, poll_seconds) VALUES ("
                    + merchantId + ", '127.0.0.1', " + sftp.getPort() + ", 'export', 'kasse', 'geheim', 1)");
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> !Files.exists(file));
            try (Stream<Path> done = Files.list(root.resolve("export").resolve("done"))) {
                assertThat(done.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(file.getFileName().toString()));
            }
            assertThat(offer(storeF2, 5)).containsExactly(11, 500);
            assertThat(lastImport().get("source").asText()).isEqualTo("SFTP");
        } finally {
            execute("DELETE FROM feed_sftp_source WHERE merchant_id = " + merchantId);
            sftp.stop(true);
        }
    }

    @Test
    void garbageEndsAsAFailedImportWithAReasonAndTheServerStaysHealthy() throws Exception {
        byte[] binary = new byte[200_000];
        new Random(7).nextBytes(binary);
        push(KEY_TEXT, UUID.randomUUID().toString(), lines(line("F1", 0, 5, "9.99")));
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
        assertThat(get("/health/ready").statusCode()).isEqualTo(200);
        awaitMoved(drop("after-garbage.json", lines(line("F1", 0, before + 1, null))), "done");
        assertThat(offer(storeF1, 0)[0]).isEqualTo(before + 1);
    }

    @Test
    void aMerchantUploadsAFilePreviewsItFollowsItsProgressAndManagesKeysInThePortal() throws Exception {
        String[] offer = demoOffer("haendler2");
        long demoMerchant = Long.parseLong(offer[3]);
        execute("UPDATE merchant SET feed_interval_minutes = 5 WHERE id = " + demoMerchant);
        execute("UPDATE feed_import SET finished_at = finished_at - INTERVAL 1 DAY, started_at = started_at - INTERVAL 1 DAY"
                + " WHERE merchant_id = " + demoMerchant);
        int quantity = Integer.parseInt(offer[2]) + 3;
        Path file = Files.createTempFile(Path.of(System.getProperty("innenstadt.it.work")), "upload-", ".json");
        Files.writeString(file, "{\"lines\":[{\"storeCode\":\"" + offer[0] + "\",\"gtin\":\"" + offer[1] + "\",\"quantity\":" + quantity
                + "},{\"storeCode\":\"NOPE\",\"gtin\":\"" + offer[1] + "\",\"quantity\":1}]}");
        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            PlatformIT.login(browser, "haendler2");
            assertThat(driver.findElements(By.id("feed-stale"))).as("overdue feed flagged on the start page").isNotEmpty();
            driver.get(TestPlatform.baseUrl() + "/portal/merchant/feeds");
            assertThat(driver.findElements(By.id("stale"))).isNotEmpty();

            driver.findElement(By.id("settings:threshold")).clear();
            driver.findElement(By.id("settings:threshold")).sendKeys("60");
            driver.findElement(By.id("settings:save")).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> !d.findElements(By.cssSelector("#settings .messages li")).isEmpty());
            assertThat(driver.findElement(By.cssSelector("#settings .messages")).getText()).contains("gespeichert");
            assertThat(value("SELECT reject_threshold FROM feed_settings WHERE merchant_id = " + demoMerchant)).isEqualTo("0.600");

            upload(browser, file, "upload-preview");
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("preview")));
            assertThat(driver.findElements(By.cssSelector("#preview-lines tbody tr"))).hasSize(1);
            assertThat(driver.findElement(By.id("preview-problems")).getText()).contains("NOPE");
            assertThat(demoOffer("haendler2", offer[0], offer[1])).as("a preview applies nothing").isEqualTo(offer[2]);

            upload(browser, file, "upload-import");
            browser.waitUpTo(Duration.ofSeconds(30)).until(d -> !d.findElements(By.cssSelector("#import-progress[data-running='false']")).isEmpty());
            assertThat(driver.findElement(By.cssSelector("#import-progress progress")).getAttribute("value")).isEqualTo("100");
            assertThat(driver.findElement(By.cssSelector(".feed-history .import-status")).getText()).isEqualTo("SUCCEEDED");
            assertThat(driver.findElement(By.cssSelector(".feed-history .import-counts")).getText()).isEqualTo("2 / 1 / 0 / 1");
            assertThat(demoOffer("haendler2", offer[0], offer[1])).isEqualTo(String.valueOf(quantity));
            assertThat(driver.findElements(By.id("stale"))).as("a fresh feed is not overdue").isEmpty();

            String csvUrl = driver.findElement(By.cssSelector(".feed-history .rejected-csv")).getAttribute("href");
            Cookie session = driver.manage().getCookieNamed("JSESSIONID");
            HttpResponse<String> csv = send(HttpRequest.newBuilder(URI.create(csvUrl))
                    .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build());
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.body()).contains("line;column;value;reason").contains("\"NOPE\"");

            driver.findElement(By.id("keys:label")).sendKeys("Testkasse");
            driver.findElement(By.id("keys:create")).click();
            String created = browser.waitUpTo(Duration.ofSeconds(10))
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("code.api-key"))).getText();
            String body = "{\"lines\":[{\"storeCode\":\"" + offer[0] + "\",\"gtin\":\"" + offer[1] + "\",\"quantity\":" + (quantity + 1) + "}]}";
            assertThat(push(created, UUID.randomUUID().toString(), body).statusCode()).isEqualTo(200);
            driver.findElements(By.cssSelector(".api-keys .revoke-key")).get(0).click();
            browser.waitUpTo(Duration.ofSeconds(10)).until(d -> "widerrufen".equals(
                    d.findElements(By.cssSelector(".api-keys .key-state")).get(0).getText()));
            assertThat(push(created, UUID.randomUUID().toString(), body).statusCode()).isEqualTo(401);
        } finally {
            execute("UPDATE merchant SET feed_interval_minutes = NULL WHERE id = " + demoMerchant);
            execute("DELETE FROM feed_settings WHERE merchant_id = " + demoMerchant);
            Files.deleteIfExists(file);
        }
    }

    private static void upload(Browser browser, Path file, String button) {
        WebDriver driver = browser.driver();
        driver.get(TestPlatform.baseUrl() + "/portal/merchant/feeds");
        new Select(driver.findElement(By.id("upload-format"))).selectByValue("JSON_PUSH");
        driver.findElement(By.id("upload-file")).sendKeys(file.toAbsolutePath().toString());
        driver.findElement(By.id(button)).click();
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
                String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(SECRET.getBytes(StandardCharsets.US_ASCII)));
                execute("INSERT INTO api_key (merchant_id, prefix, secret_sha256, label) VALUES (" + merchantId + ", 'feedtst1', '"
                        + hash + "', 'Test')");
            }
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

    private static HttpResponse<String> push(String key, String idempotencyKey, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestPlatform.baseUrl() + "/api/v1/stock"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request.build());
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

    private static Path dropDir() {
        return Path.of(System.getProperty("innenstadt.it.work"), "var", "feeds", "drop", SLUG);
    }

    private static Path drop(String name, String content) throws IOException {
        return dropBytes(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes under a .part name and renames, as merchants are told to, so the route never sees half a file. */
    private static Path dropBytes(String name, byte[] content) throws IOException {
        Files.createDirectories(dropDir());
        String unique = UUID.randomUUID().toString().substring(0, 8) + "-" + name;
        Path part = dropDir().resolve(unique + ".part");
        Files.write(part, content);
        return Files.move(part, dropDir().resolve(unique));
    }

    private static void awaitMoved(Path file, String folder) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> !Files.exists(file));
        try (Stream<Path> moved = Files.list(dropDir().resolve(folder))) {
            assertThat(moved.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(file.getFileName().toString()));
        } catch (IOException e) {
            throw new AssertionError("No " + folder + " folder in " + dropDir(), e);
        }
    }

    private static JsonNode lastImport() throws SQLException {
        return json(value("SELECT JSON_OBJECT('status', status, 'source', source, 'message', message) FROM feed_import"
                + " WHERE merchant_id = " + merchantId + " ORDER BY id DESC LIMIT 1"));
    }

    /** store code, GTIN, quantity and merchant id of a demo merchant's first offer with a GTIN. */
    private static String[] demoOffer(String username) throws SQLException {
        return value("SELECT CONCAT_WS('|', s.code, p.gtin, o.quantity, s.merchant_id) FROM offer o JOIN store s ON s.id = o.store_id"
                + " JOIN product p ON p.id = o.product_id JOIN user_account u ON u.merchant_id = s.merchant_id"
                + " WHERE u.username = '" + username + "' AND p.gtin IS NOT NULL ORDER BY o.id LIMIT 1").split("\\|");
    }

    private static String demoOffer(String username, String storeCode, String gtin) throws SQLException {
        return value("SELECT o.quantity FROM offer o JOIN store s ON s.id = o.store_id JOIN product p ON p.id = o.product_id"
                + " JOIN user_account u ON u.merchant_id = s.merchant_id WHERE u.username = '" + username + "' AND s.code = '"
                + storeCode + "' AND p.gtin = '" + gtin + "'");
    }

    private static void execute(String sql) throws SQLException {
        ReservationApi.execute(sql);
    }

    private static String value(String sql) throws SQLException {
        return ReservationApi.value(sql);
    }
}
