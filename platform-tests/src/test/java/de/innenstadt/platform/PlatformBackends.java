// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import de.innenstadt.launcher.EmbeddedElasticsearch;
import de.innenstadt.launcher.EmbeddedMariaDb;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Starts a real MariaDB, a real Elasticsearch (with our analysis plugin) and an in-process SMTP
 * server before any test class, so that Arquillian's Payara Micro finds them, and stops them when
 * the test run ends. It does nothing in runs without the Failsafe settings (unit tests).
 */
public class PlatformBackends implements LauncherSessionListener {

    private static EmbeddedMariaDb database;
    private static EmbeddedElasticsearch elasticsearch;
    private static GreenMail smtp;

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        String dist = System.getProperty("innenstadt.it.dist");
        if (dist == null || database != null) {
            return;
        }
        Path work = Path.of(System.getProperty("innenstadt.it.work"));
        requireFree(Integer.getInteger("innenstadt.it.db.port"));
        requireFree(Integer.getInteger("innenstadt.it.elasticsearch.port"));
        requireFree(Integer.getInteger("innenstadt.it.http.port"));
        deleteRecursively(work.resolve("mariadb-data"));
        CompletableFuture<EmbeddedMariaDb> db = CompletableFuture.supplyAsync(() -> {
            EmbeddedMariaDb started = EmbeddedMariaDb.start(work.resolve("mariadb"), work.resolve("mariadb-data"),
                    Integer.getInteger("innenstadt.it.db.port"));
            started.jdbcUrl(TestPlatform.DATABASE);
            started.jdbcUrl(TestPlatform.SECOND_CITY_DATABASE);
            return started;
        });
        CompletableFuture<EmbeddedElasticsearch> es = CompletableFuture.supplyAsync(PlatformBackends::startElasticsearch);
        database = db.join();
        elasticsearch = es.join();
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("innenstadt.it.smtp.port"), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        deleteIndicesOfEarlierRuns(elasticsearch.url());
    }

    /**
     * The database starts empty on every run, so indices kept in Elasticsearch's data folder from an
     * earlier run would answer with products that no longer exist.
     */
    private static void deleteIndicesOfEarlierRuns(String url) {
        JsonNode indices = TestPlatform.json(TestPlatform.send(HttpRequest.newBuilder(URI.create(url + "/_cat/indices?format=json"))
                .GET().build()).body());
        for (JsonNode index : indices) {
            String name = index.get("index").asText();
            if (!name.startsWith(".")) {
                TestPlatform.send(HttpRequest.newBuilder(URI.create(url + "/" + name)).DELETE().build());
            }
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        if (smtp != null) {
            smtp.stop();
        }
        if (elasticsearch != null) {
            elasticsearch.close();
        }
        if (database != null) {
            database.close();
        }
    }

    /** Stops Elasticsearch, as an outage would; {@link #restartElasticsearch()} brings it back with its data. */
    static synchronized void stopElasticsearch() {
        elasticsearch.close();
    }

    static synchronized void restartElasticsearch() {
        elasticsearch = startElasticsearch();
    }

    /** The SMTP server the platform sends its e-mails to; {@code stop()} and {@code start()} make an outage. */
    static GreenMail smtp() {
        return smtp;
    }

    private static EmbeddedElasticsearch startElasticsearch() {
        Path dist = Path.of(System.getProperty("innenstadt.it.dist"));
        return EmbeddedElasticsearch.start(dist.resolve("elasticsearch.zip"), List.of(dist.resolve("analysis-plugin.zip")),
                Path.of(System.getProperty("innenstadt.it.work"), "elasticsearch"),
                Integer.getInteger("innenstadt.it.elasticsearch.port"), Duration.ofMinutes(3));
    }

    /** Another test run on this machine would share the ports, and its database would lose its files. */
    private static void requireFree(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new IllegalStateException("Port " + port + " is in use: is another test run going on?", e);
        }
    }

    private static void deleteRecursively(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear " + folder, e);
        }
    }
}
