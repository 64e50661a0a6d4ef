// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Shared facts and helpers of the platform tests: ports, the deployed WAR, HTTP and JSON. */
final class TestPlatform {

    static final String DATABASE = "innenstadt";
    static final String SECOND_CITY_DATABASE = "innenstadt_zw";
    static final String DEMO_PASSWORD = "Innenstadt-Demo-2026";

    /**
     * JVM options of every Payara Micro the tests start: the quick compiler only. On two cores the optimising
     * compiler's threads take the CPU a boot needs; a test instance never runs long enough to repay them
     * (FeedCrashIT: 110 s with both compilers, 75 s with the quick one). Production keeps both.
     */
    static final String TEST_JVM_OPTIONS = "-XX:TieredStopAtLevel=1";

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestPlatform() {
    }

    /** The built shop-web WAR, named ROOT so Payara Micro serves it at "/" as in production. */
    static WebArchive shopWeb() {
        File war = new File(System.getProperty("innenstadt.it.dist"), "shop-web.war");
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class);
    }

    static String baseUrl() {
        return "http://localhost:" + Integer.getInteger("innenstadt.it.http.port");
    }

    static HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl() + path)).timeout(Duration.ofSeconds(20)).GET().build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + body, e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A GET from the loopback address 127.0.0.5, which the platform sees as another device; the whole answer. */
    static String fromAnotherDevice(String path) throws IOException {
        return fromAddress("127.0.0.5", "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: de\r\n"
                + "Connection: close\r\n\r\n");
    }

    /**
     * Sends a raw HTTP/1.1 request (which must close the connection) from a loopback address of the
     * test's choice, e.g. the balancer's 127.0.0.6 (trusted by the test platform) or any other device.
     */
    static String fromAddress(String localAddress, String rawRequest) throws IOException {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(localAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", Integer.getInteger("innenstadt.it.http.port")), 5_000);
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(rawRequest.getBytes(StandardCharsets.UTF_8));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static int status(String answer) {
        return Integer.parseInt(answer.substring("HTTP/1.1 ".length(), "HTTP/1.1 ".length() + 3));
    }

    /** A stock push as a till sends it ({@code POST /api/v1/stock}); {@code key} and {@code idempotencyKey} may be null. */
    static HttpResponse<String> pushStock(String key, String idempotencyKey, String body) {
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

    /** The hex SHA-256 of a text, as the platform stores tokens and keys. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
