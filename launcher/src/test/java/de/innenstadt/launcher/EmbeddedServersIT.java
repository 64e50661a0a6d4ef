// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Starts the real MariaDB and Elasticsearch the way the launcher does, in parallel, and stops them again. */
class EmbeddedServersIT {

    private static final Path WORK = Path.of(System.getProperty("innenstadt.it.workDir", "target/it-servers"));
    private static final Path ELASTICSEARCH_ZIP = Path.of(System.getProperty("innenstadt.it.elasticsearchZip",
            "target/dist/elasticsearch.zip"));

    @Test
    void mariaDbAndElasticsearchStartAnswerAndStop() throws Exception {
        int dbPort = freePort(0);
        int esPort = freePort(EmbeddedElasticsearch.TRANSPORT_PORT_OFFSET);
        CompletableFuture<EmbeddedMariaDb> db = CompletableFuture.supplyAsync(() -> EmbeddedMariaDb.start(
                WORK.resolve("mariadb/base"), WORK.resolve("mariadb/data"), dbPort));
        CompletableFuture<EmbeddedElasticsearch> es = CompletableFuture.supplyAsync(() -> EmbeddedElasticsearch.start(
                ELASTICSEARCH_ZIP, List.of(), WORK.resolve("elasticsearch"), esPort, Duration.ofMinutes(3)));

        long esPid;
        try (EmbeddedMariaDb mariaDb = db.join(); EmbeddedElasticsearch elasticsearch = es.join()) {
            esPid = elasticsearch.pid();
            try (Connection connection = DriverManager.getConnection(mariaDb.jdbcUrl("innenstadt_it"),
                    EmbeddedMariaDb.USER, EmbeddedMariaDb.PASSWORD);
                 Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT 1, @@character_set_database")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getInt(1)).isEqualTo(1);
                assertThat(result.getString(2)).isEqualTo("utf8mb4");
            }

            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(elasticsearch.url() + "/_cluster/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).containsPattern("\"status\":\"(green|yellow)\"");
            assertThat(elasticsearch.url()).isEqualTo("http://127.0.0.1:" + esPort);
        }

        assertThat(ProcessHandle.of(esPid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(Preflight.isFree(dbPort)).isTrue();
        assertThat(Preflight.isFree(esPort)).isTrue();
        assertThat(Preflight.isFree(esPort + EmbeddedElasticsearch.TRANSPORT_PORT_OFFSET)).isTrue();
    }

    /** A free port whose partner {@code offset} above is free too (Elasticsearch's transport port). */
    private static int freePort(int offset) throws IOException {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port;
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress("127.0.0.1", 0));
                port = socket.getLocalPort();
            }
            if (port + offset <= 65535 && Preflight.isFree(port) && Preflight.isFree(port + offset)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port pair found");
    }
}
