// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A shop's offers as Google's local inventory and local product feeds. The proof that the inventory is in Google's
 * format is that the platform's own reader of it, written from Google's specification, takes it: the exported file
 * is dropped into another merchant's folder, with the same store codes, and imports without a rejected line, with
 * the same quantities. (The product file is not imported back: it would rewrite the shared catalog's products.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FoundOnGoogleIT {

    @BeforeEach
    void platformIsReady() {
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/health/ready").statusCode() == 200);
    }

    @Test
    void theExportedFeedsReadBackAsGoogleFeedsWithTheSameStock() throws Exception {
        String slug = ReservationApi.value("SELECT slug FROM merchant m WHERE active AND EXISTS (SELECT 1 FROM store s"
                + " JOIN offer o ON o.store_id = s.id WHERE s.merchant_id = m.id AND o.held > 0) ORDER BY id LIMIT 1");
        if (slug == null) {
            ReservationApi.reserveOnline(ReservationApi.offerOfMerchant("haendler1", 3));
            slug = ReservationApi.value("SELECT m.slug FROM merchant m JOIN user_account u ON u.merchant_id = m.id"
                    + " WHERE u.username = 'haendler1'");
        }
        long merchant = Long.parseLong(ReservationApi.value("SELECT id FROM merchant WHERE slug = '" + slug + "'"));
        HttpResponse<String> inventory = get("/feeds/google/" + slug + "/local-inventory.tsv");
        assertThat(inventory.statusCode()).isEqualTo(200);
        assertThat(inventory.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/tab-separated-values"));
        List<String> lines = inventory.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo("store_code\tid\tquantity\tprice\tavailability\tpickup_method\tpickup_sla");
        assertThat(lines).hasSize(1 + Integer.parseInt(ReservationApi.value("SELECT COUNT(*) FROM offer o JOIN store s"
                + " ON s.id = o.store_id WHERE s.merchant_id = " + merchant)));
        assertThat(lines.subList(1, lines.size())).allSatisfy(line -> assertThat(line.split("\t", -1)).hasSize(7)
                .satisfies(cells -> assertThat(cells[3]).matches("\\d+\\.\\d\\d EUR"))
                .satisfies(cells -> assertThat(cells[4]).isIn("in_stock", "limited_availability", "out_of_stock")));
        String held = ReservationApi.value("SELECT CONCAT(s.code, '\t', p.gtin, '\t', o.quantity - o.held) FROM offer o"
                + " JOIN store s ON s.id = o.store_id JOIN product p ON p.id = o.product_id WHERE s.merchant_id = " + merchant
                + " AND o.held > 0 AND p.gtin IS NOT NULL LIMIT 1");
        if (held != null) {
            assertThat(lines).as("reserved units are not offered again").anyMatch(line -> line.startsWith(held + "\t"));
        }
        HttpResponse<String> products = get("/feeds/google/" + slug + "/local-products.tsv");
        List<String> productLines = products.body().lines().toList();
        assertThat(productLines.get(0)).isEqualTo("id\ttitle\tdescription\tlink\timage_link\tcondition\tgtin\tbrand"
                + "\tunit_pricing_measure\tunit_pricing_base_measure");
        assertThat(productLines.subList(1, productLines.size())).isNotEmpty().allSatisfy(row -> assertThat(row.split("\t", -1))
                .hasSize(10).satisfies(cells -> assertThat(cells[3]).startsWith("http").contains("/product?id="))
                .satisfies(cells -> assertThat(cells[5]).isEqualTo("new")));
        assertThat(productLines).as("one line per product").doesNotHaveDuplicates();
        assertThat(get("/feeds/google/gibt-es-nicht/local-inventory.tsv").statusCode()).isEqualTo(404);

        String copy = "google-" + UUID.randomUUID().toString().substring(0, 8);
        long mirror = mirrorOf(merchant, copy);
        drop(copy, mirror, "GOOGLE_LOCAL_INVENTORY_TSV", "inventar.tsv", inventory.body());
        assertThat(ReservationApi.value("SELECT CONCAT(rows_read, '/', rows_rejected) FROM feed_import WHERE merchant_id = "
                + mirror + " ORDER BY id DESC LIMIT 1")).isEqualTo((lines.size() - 1) + "/0");
        String line = lines.get(1);
        String[] cells = line.split("\t");
        assertThat(ReservationApi.value("SELECT o.quantity FROM offer o JOIN store s ON s.id = o.store_id JOIN product p"
                + " ON p.id = o.product_id WHERE s.merchant_id = " + mirror + " AND s.code = '" + cells[0] + "' AND (p.gtin = '"
                + cells[1] + "' OR CONCAT('innenstadt-', p.id) = '" + cells[1] + "' OR o.sku = '" + cells[1] + "')"))
                .as(line).isEqualTo(cells[2]);
    }

    /**
     * The Grundpreis from a grocer's Google feeds to every place a shopper or Google sees the price: the local products
     * feed says „750g“ (unit_pricing_measure, as Google's specification writes it), the inventory feed the price; the
     * results page, the product page and the exported feed then carry it (5,99 € for 750 g = 7,99 € per kg).
     */
    @Test
    void aPackSoldByWeightShowsItsGrundpreisFromTheFeedToThePagesAndBackToGoogle() throws Exception {
        long merchant = Long.parseLong(ReservationApi.value("SELECT m.id FROM merchant m JOIN user_account u"
                + " ON u.merchant_id = m.id WHERE u.username = 'haendler1'"));
        String slug = "grocer-" + UUID.randomUUID().toString().substring(0, 8);
        long grocer = mirrorOf(merchant, slug);
        String storeCode = ReservationApi.value("SELECT code FROM store WHERE merchant_id = " + grocer + " ORDER BY id LIMIT 1");
        String gtin = PortalData.unknownGtin();
        drop(slug, grocer, "GOOGLE_LOCAL_PRODUCTS", "produkte.tsv", "id\ttitle\tgtin\tbrand\tprice\tunit_pricing_measure"
                + "\tunit_pricing_base_measure\n" + gtin + "\tKnuspermüsli Zimtstern 750 g\t" + gtin + "\tHofgut Humberg\t5.99 EUR"
                + "\t750g\t1kg\n");
        drop(slug, grocer, "GOOGLE_LOCAL_INVENTORY_TSV", "bestand.tsv", "store_code\tid\tquantity\tprice\n" + storeCode + "\t"
                + gtin + "\t8\t5.99 EUR\n");
        long productId = Long.parseLong(ReservationApi.value("SELECT id FROM product WHERE gtin = '" + gtin + "'"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(get("/search?q=" + gtin).body())
                .contains("Knuspermüsli Zimtstern").contains("5,99\u00a0€").contains("(1 kg = 7,99\u00a0€)"));
        assertThat(get("/product?id=" + productId).body()).contains("<dd class=\"net-content\">750 g</dd>")
                .contains("(1 kg = 7,99\u00a0€)");
        assertThat(get("/feeds/google/" + slug + "/local-products.tsv").body().lines())
                .anyMatch(line -> line.startsWith(gtin + "\t") && line.endsWith("\t750g\t1kg"));

        // the grocer's next feed says the pack is now 500 g: the shared product follows (it once ignored every later feed)
        drop(slug, grocer, "GOOGLE_LOCAL_PRODUCTS", "produkte-2.tsv", "id\ttitle\tgtin\tbrand\tunit_pricing_measure\n" + gtin
                + "\tKnuspermüsli Zimtstern 500 g\t" + gtin + "\tHofgut Humberg\t500g\n");
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(get("/product?id=" + productId).body())
                .contains("Knuspermüsli Zimtstern 500 g").contains("(1 kg = 11,98\u00a0€)"));
    }

    /** A merchant with the same store codes as the original, taking every line. */
    private static long mirrorOf(long merchant, String slug) throws Exception {
        ReservationApi.execute("INSERT INTO merchant (slug, name, feed_mode) VALUES ('" + slug + "', 'Spiegel', 'DELTA')");
        long mirror = Long.parseLong(ReservationApi.value("SELECT id FROM merchant WHERE slug = '" + slug + "'"));
        ReservationApi.execute("INSERT INTO store (merchant_id, code, name, street, house_number, postal_code, city, lat, lon)"
                + " SELECT " + mirror + ", code, CONCAT('Spiegel ', code), street, house_number, postal_code, city, lat, lon"
                + " FROM store WHERE merchant_id = " + merchant);
        ReservationApi.execute("INSERT INTO feed_settings (merchant_id, reject_threshold) VALUES (" + mirror + ", 1.000)");
        return mirror;
    }

    private static void drop(String slug, long merchant, String format, String name, String content) throws Exception {
        ReservationApi.execute("UPDATE feed_settings SET format = '" + format + "' WHERE merchant_id = " + merchant);
        Path folder = Path.of(System.getProperty("innenstadt.it.work"), "var", "feeds", "drop", slug);
        Files.createDirectories(folder);
        Path file = Files.move(Files.writeString(folder.resolve(name + ".part"), content), folder.resolve(name));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> !Files.exists(file));
        assertThat(ReservationApi.value("SELECT CONCAT(status, ' ', COALESCE(message, '')) FROM feed_import WHERE merchant_id = "
                + merchant + " ORDER BY id DESC LIMIT 1")).as(name).startsWith("SUCCEEDED");
    }
}
