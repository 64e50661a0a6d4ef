// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import de.innenstadt.core.platform.AddressRanges;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetcher against a small web server on this machine, which only the allowing configuration may reach. */
class ImageFetcherTest {

    private static final byte[] PICTURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    private static final int LIMIT_KB = 64;

    private HttpServer server;
    private String base;
    private final CountDownLatch release = new CountDownLatch(1);
    private final ImageFetcher allowingThisMachine = new ImageFetcher(
            AddressRanges.parse("test", "127.0.0.1"), LIMIT_KB, Duration.ofSeconds(2));
    private final ImageFetcher asConfiguredInProduction = new ImageFetcher(
            AddressRanges.parse("test", ""), LIMIT_KB, Duration.ofSeconds(2));

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/bild.png", exchange -> send(exchange, 200, "image/png", PICTURE));
        server.createContext("/fehlt.png", exchange -> send(exchange, 404, "text/html", "<h1>404</h1>".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/wartung.png", exchange -> send(exchange, 503, "text/plain", new byte[0]));
        server.createContext("/gross.jpg", exchange -> {
            exchange.sendResponseHeaders(200, 50L * 1024 * 1024);
            writeZeros(exchange, 50L * 1024 * 1024);
        });
        server.createContext("/gross-ohne-laenge.jpg", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            writeZeros(exchange, 50L * 1024 * 1024);
        });
        server.createContext("/zum-metadatendienst", exchange -> redirect(exchange, "http://169.254.169.254/latest/meta-data/"));
        server.createContext("/weiter", exchange -> redirect(exchange, "/bild.png"));
        server.createContext("/kreis", exchange -> redirect(exchange, "/kreis"));
        server.createContext("/stockt.jpg", exchange -> {
            exchange.sendResponseHeaders(200, 1000);
            exchange.getResponseBody().write(new byte[10]);
            exchange.getResponseBody().flush();
            await(release);
            exchange.close();
        });
        server.start();
        base = "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.stop(0);
    }

    @Test
    void aPictureFromAnAllowedServerIsFetchedAlsoThroughARedirect() throws ImageRefusedException {
        assertThat(allowingThisMachine.fetch(base + "/bild.png")).isEqualTo(PICTURE);
        assertThat(allowingThisMachine.fetch(base + "/weiter")).isEqualTo(PICTURE);
    }

    @Test
    void thisMachineTheLocalNetworkAndTheMetadataServiceAreRefusedWithoutAllowing() {
        refused(() -> asConfiguredInProduction.fetch(base + "/bild.png"), ImageRefusal.ADDRESS_NOT_ALLOWED, "127.0.0.1");
        refused(() -> asConfiguredInProduction.fetch("http://localhost:" + server.getAddress().getPort() + "/bild.png"),
                ImageRefusal.ADDRESS_NOT_ALLOWED, "localhost → 127.0.0.1");
        refused(() -> allowingThisMachine.fetch("http://169.254.169.254/latest/meta-data/"), ImageRefusal.ADDRESS_NOT_ALLOWED,
                "169.254.169.254");
        refused(() -> allowingThisMachine.fetch("http://10.0.0.1/bild.png"), ImageRefusal.ADDRESS_NOT_ALLOWED, "10.0.0.1");
        refused(() -> allowingThisMachine.fetch("http://[::1]/bild.png"), ImageRefusal.ADDRESS_NOT_ALLOWED, "0:0:0:0:0:0:0:1");
        refused(() -> allowingThisMachine.fetch("http://0.0.0.0/bild.png"), ImageRefusal.ADDRESS_NOT_ALLOWED, "0.0.0.0");
    }

    @Test
    void aRedirectIntoTheMetadataServiceIsCheckedLikeTheFirstAddress() {
        refused(() -> allowingThisMachine.fetch(base + "/zum-metadatendienst"), ImageRefusal.ADDRESS_NOT_ALLOWED, "169.254.169.254");
        refused(() -> allowingThisMachine.fetch(base + "/kreis"), ImageRefusal.TOO_MANY_REDIRECTS, base + "/kreis");
    }

    @Test
    void fiftyMegabytesAreRefusedWithOrWithoutAnnouncedLength() {
        refused(() -> allowingThisMachine.fetch(base + "/gross.jpg"), ImageRefusal.TOO_LARGE, "52428800 bytes announced");
        refused(() -> allowingThisMachine.fetch(base + "/gross-ohne-laenge.jpg"), ImageRefusal.TOO_LARGE, "more than 65536 bytes");
    }

    @Test
    void aServerThatStopsSendingCostsNoMoreThanTheTimeout() {
        refused(() -> allowingThisMachine.fetch(base + "/stockt.jpg"), ImageRefusal.UNREACHABLE, "within 2 s");
    }

    @Test
    void errorStatusesSayWhetherTryingAgainMayHelp() {
        assertThatThrownBy(() -> allowingThisMachine.fetch(base + "/fehlt.png")).isInstanceOfSatisfying(ImageRefusedException.class,
                e -> {
                    assertThat(e.refusal()).isEqualTo(ImageRefusal.HTTP_STATUS);
                    assertThat(e.detail()).isEqualTo("HTTP 404");
                    assertThat(e.isPassing()).isFalse();
                });
        assertThatThrownBy(() -> allowingThisMachine.fetch(base + "/wartung.png")).isInstanceOfSatisfying(ImageRefusedException.class,
                e -> assertThat(e.isPassing()).isTrue());
    }

    @Test
    void addressesThatAreNoWebAddressesAreRefused() {
        refused(() -> allowingThisMachine.fetch("www.example.org/karte.jpg"), ImageRefusal.BAD_ADDRESS, "www.example.org/karte.jpg");
        refused(() -> allowingThisMachine.fetch("ftp://example.org/karte.jpg"), ImageRefusal.BAD_ADDRESS, "ftp://");
        refused(() -> allowingThisMachine.fetch("file:///etc/passwd"), ImageRefusal.BAD_ADDRESS, "file:");
    }

    private static void refused(ThrowingCallable fetch, ImageRefusal refusal, String detail) {
        assertThatThrownBy(fetch).isInstanceOfSatisfying(ImageRefusedException.class, e -> {
            assertThat(e.refusal()).isEqualTo(refusal);
            assertThat(e.detail()).contains(detail);
        });
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
        exchange.close();
    }

    private static void writeZeros(HttpExchange exchange, long count) {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = exchange.getResponseBody()) {
            for (long written = 0; written < count; written += block.length) {
                out.write(block);
            }
        } catch (IOException e) {
            // the fetcher hung up once it had read enough: that is what is tested
            exchange.close();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
