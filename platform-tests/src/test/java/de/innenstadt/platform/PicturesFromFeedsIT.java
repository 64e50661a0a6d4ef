// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static de.innenstadt.platform.TestPlatform.baseUrl;
import static de.innenstadt.platform.TestPlatform.get;
import static de.innenstadt.platform.TestPlatform.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A merchant's Google feeds name their pictures by address (image_link). The platform fetches them from a web
 * server on this machine (allowed for the test platform by {@code innenstadt.images.fetch.allowed-addresses}),
 * shows the good one on the product page in two sizes, and refuses the hostile ones with a reason the merchant
 * reads on the feed page: the cloud metadata address, a 50 MB file, a web page instead of a picture.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PicturesFromFeedsIT {

    private static final long FIFTY_MEGABYTES = 50L * 1024 * 1024;

    private HttpServer pictures;
    private final AtomicLong largeBytesSent = new AtomicLong();

    @BeforeEach
    void platformAndPictureServerAreUp() throws IOException {
        await().atMost(Duration.ofMinutes(2)).until(() -> get("/health/ready").statusCode() == 200);
        pictures = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        pictures.setExecutor(Executors.newCachedThreadPool());
        byte[] bicycle = bicycle();
        pictures.createContext("/bilder/fahrrad.png", exchange -> send(exchange, "image/png", bicycle));
        pictures.createContext("/bilder/seite.jpg", exchange -> send(exchange, "text/html; charset=utf-8",
                "<!DOCTYPE html><html><head><title>Shop</title></head><body>Angebote</body></html>".getBytes(StandardCharsets.UTF_8)));
        pictures.createContext("/bilder/riesig.jpg", this::fiftyMegabytes);
        pictures.start();
    }

    @AfterEach
    void stopPictureServer() {
        pictures.stop(0);
    }

    @Test
    void aPictureFromTheFeedReachesTheProductPageAndHostileAddressesAreRefusedWithAReason() throws Exception {
        String slug = "bilder-" + UUID.randomUUID().toString().substring(0, 8);
        long merchant = merchantWithOneStore(slug);
        String server = "http://127.0.0.1:" + pictures.getAddress().getPort() + "/bilder/";
        List<String> gtins = List.of(PortalData.unknownGtin(), PortalData.unknownGtin(), PortalData.unknownGtin(),
                PortalData.unknownGtin());
        String products = "id\ttitle\tgtin\tbrand\timage_link\tprice\tcondition\n"
                + gtins.get(0) + "\tCityrad Pendler 28 Zoll\t" + gtins.get(0) + "\tLauterRad\t" + server + "fahrrad.png\t549.00 EUR\tnew\n"
                + gtins.get(1) + "\tFahrradklingel Messing\t" + gtins.get(1) + "\tLauterRad\thttp://169.254.169.254/latest/meta-data/klingel.jpg\t12.90 EUR\tnew\n"
                + gtins.get(2) + "\tFahrradschloss Bügel\t" + gtins.get(2) + "\tLauterRad\t" + server + "riesig.jpg\t39.90 EUR\tnew\n"
                + gtins.get(3) + "\tFahrradhelm Stadt\t" + gtins.get(3) + "\tLauterRad\t" + server + "seite.jpg\t79.00 EUR\tnew\n";
        StringBuilder inventory = new StringBuilder("store code\tid\tavailability\tquantity\tprice\n");
        gtins.forEach(gtin -> inventory.append("B1\t").append(gtin).append("\tin stock\t3\t19.90 EUR\n"));

        drop(slug, "GOOGLE_LOCAL_PRODUCTS", merchant, "produkte.tsv", products);
        drop(slug, "GOOGLE_LOCAL_INVENTORY_TSV", merchant, "bestand.tsv", inventory.toString());

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> "STORED,REFUSED,REFUSED,REFUSED"
                .equals(ReservationApi.value("SELECT GROUP_CONCAT(f.state ORDER BY FIELD(p.gtin, '" + String.join("','", gtins)
                        + "')) FROM image_fetch f JOIN product p ON p.id = f.product_id WHERE p.gtin IN ('"
                        + String.join("','", gtins) + "')")));
        assertThat(largeBytesSent.get()).as("the 50 MB download was cut off early").isLessThan(FIFTY_MEGABYTES / 2);

        long bicycleId = Long.parseLong(ReservationApi.value("SELECT id FROM product WHERE gtin = '" + gtins.get(0) + "'"));
        String photo = versionedPhoto(bicycleId);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> firstHit(gtins.get(0)).path("imageUrl").asText().equals(photo));
        String page = get("/product?id=" + bicycleId).body();
        assertThat(page).contains("src=\"" + photo + "/640\"")
                .contains("srcset=\"" + photo + "/192 192w, " + photo + "/640 640w\"")
                .contains("alt=\"Cityrad Pendler 28 Zoll\"");
        assertThat(picture(photo + "/192")).as("the copy for the results list").isEqualTo(192);
        assertThat(picture(photo + "/640")).as("the copy for the product page").isEqualTo(640);
        assertThat(picture(photo)).as("the original").isEqualTo(800);
        assertThat(firstHit(gtins.get(1)).has("imageUrl")).as("no outside address reaches the pages").isFalse();

        try (Browser browser = new Browser()) {
            WebDriver driver = browser.driver();
            PlatformIT.login(browser, slug);
            driver.get(baseUrl() + "/portal/merchant/feeds");
            browser.waitUpTo(Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(By.id("pictures")));
            List<WebElement> rows = driver.findElements(By.cssSelector("#pictures .refused-picture"));
            assertThat(rows).hasSize(3);
            assertThat(rows).extracting(WebElement::getText).anySatisfy(row -> assertThat(row)
                    .contains("Fahrradklingel Messing", "http://169.254.169.254/latest/meta-data/klingel.jpg",
                            "führt in ein internes Netz (169.254.169.254)"))
                    .anySatisfy(row -> assertThat(row).contains("Fahrradschloss Bügel", "Die Datei ist größer als 10 MB."))
                    .anySatisfy(row -> assertThat(row).contains("Fahrradhelm Stadt", "kein Bild im Format JPEG, PNG oder WebP (HTML, 81 B)"));
            assertThat(driver.findElements(By.cssSelector("#history .import-pictures"))).extracting(WebElement::getText)
                    .contains("1 gespeichert · 0 in Arbeit · 3 abgelehnt");
            assertThat(driver.findElement(By.id("google-inventory")).getText())
                    .as("the address for Merchant Center").endsWith("/feeds/google/" + slug + "/local-inventory.tsv");
        }
    }

    private static long merchantWithOneStore(String slug) throws Exception {
        ReservationApi.execute("INSERT INTO merchant (slug, name, feed_mode) VALUES ('" + slug + "', 'Radhaus Lautern', 'DELTA')");
        long merchant = Long.parseLong(ReservationApi.value("SELECT id FROM merchant WHERE slug = '" + slug + "'"));
        ReservationApi.execute("INSERT INTO store (merchant_id, code, name, street, house_number, postal_code, city, lat, lon) VALUES ("
                + merchant + ", 'B1', 'Radhaus Lautern', 'Pirmasenser Straße', '12', '67655', 'Kaiserslautern', 49.4425, 7.7655)");
        ReservationApi.execute("INSERT INTO feed_settings (merchant_id, reject_threshold) VALUES (" + merchant + ", 1.000)");
        ReservationApi.execute("INSERT INTO user_account (username, email, display_name, password_hash, role, merchant_id)"
                + " SELECT '" + slug + "', '" + slug + "@example.org', 'Test', password_hash, role, " + merchant
                + " FROM user_account WHERE username = 'haendler2'");
        return merchant;
    }

    /** Drops a file into the merchant's folder in the format given and waits until it was imported. */
    private static void drop(String slug, String format, long merchant, String name, String content) throws Exception {
        ReservationApi.execute("UPDATE feed_settings SET format = '" + format + "' WHERE merchant_id = " + merchant);
        Path folder = Path.of(System.getProperty("innenstadt.it.work"), "var", "feeds", "drop", slug);
        Files.createDirectories(folder);
        Path part = Files.writeString(folder.resolve(name + ".part"), content);
        Path file = Files.move(part, folder.resolve(name));
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> !Files.exists(file));
        assertThat(ReservationApi.value("SELECT status FROM feed_import WHERE merchant_id = " + merchant + " ORDER BY id DESC LIMIT 1"))
                .as(name).isEqualTo("SUCCEEDED");
    }

    private static JsonNode firstHit(String gtin) {
        return json(get("/api/v1/search?q=" + gtin).body()).path("hits").path(0);
    }

    /** The width of the picture served at the path, read from its bytes. */
    private static int picture(String path) throws Exception {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("max-age="));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertThat(image).as(path).isNotNull();
        return image.getWidth();
    }

    /** The address pages use for the product's stored photo: with its version, so caches may keep it for good. */
    private static String versionedPhoto(long productId) throws Exception {
        return "/images/product/" + productId + "/v"
                + ReservationApi.value("SELECT sha256 FROM product_image WHERE product_id = " + productId).substring(0, 12);
    }

    private static byte[] bicycle() throws IOException {
        BufferedImage image = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 800, 600);
        g.setColor(new Color(0x1F6FB2));
        g.fillOval(100, 300, 220, 220);
        g.fillOval(480, 300, 220, 220);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static void send(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** Fifty megabytes without announcing the length, counting what actually left before the fetcher hung up. */
    private void fiftyMegabytes(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "image/jpeg");
        exchange.sendResponseHeaders(200, 0);
        byte[] block = new byte[64 * 1024];
        block[0] = (byte) 0xFF;
        block[1] = (byte) 0xD8;
        block[2] = (byte) 0xFF;
        try (OutputStream out = exchange.getResponseBody()) {
            for (long sent = 0; sent < FIFTY_MEGABYTES; sent += block.length) {
                out.write(block);
                largeBytesSent.addAndGet(block.length);
                block[0] = 0;
            }
        } catch (IOException e) {
            exchange.close();
        }
    }
}
