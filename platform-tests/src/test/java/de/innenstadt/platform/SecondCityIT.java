// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.launcher.LauncherSettings;
import de.innenstadt.launcher.PayaraMicroProcess;
import de.innenstadt.launcher.PayaraMicroProcess.Deployment;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Another town runs Innenstadt by configuration alone: the same WARs, booted with Zweibrücken's
 * profile against an empty database of their own, show Zweibrücken everywhere and nothing of
 * Kaiserslautern. Runs beside the suite.
 */
@Execution(ExecutionMode.CONCURRENT)
@ExtendWith(BesideTheSuite.class)
class SecondCityIT {

    private static final int PORT = Integer.getInteger("innenstadt.it.http.port") + 1;
    private static PayaraMicroProcess payara;

    @BeforeAll
    static void bootWithZweibrueckensProfile() {
        Path dist = Path.of(System.getProperty("innenstadt.it.dist"));
        Path work = Path.of(System.getProperty("innenstadt.it.work"), "second-city");
        String dbPort = System.getProperty("innenstadt.it.db.port");
        String esPort = System.getProperty("innenstadt.it.elasticsearch.port");
        payara = PayaraMicroProcess.start(dist.resolve("payara-micro.jar"),
                List.of(new Deployment(dist.resolve("shop-web.war"), "/"),
                        new Deployment(dist.resolve("merchant-portal.war"), "/portal")),
                PORT, LauncherSettings.defaultHttpThreads(), work,
                Map.of("INNENSTADT_DB_URL", "jdbc:mariadb://127.0.0.1:" + dbPort + "/" + TestPlatform.SECOND_CITY_DATABASE,
                        "INNENSTADT_ELASTICSEARCH_URL", "http://127.0.0.1:" + esPort,
                        "INNENSTADT_SEARCH_INDEX", "zweibruecken-products",
                        "INNENSTADT_CITY", "zweibruecken",
                        "INNENSTADT_DEMO_DATA", "false",
                        "JAVA_TOOL_OPTIONS", TestPlatform.TEST_JVM_OPTIONS),
                Duration.ofMinutes(3));
    }

    @AfterAll
    static void stop() {
        if (payara != null) {
            payara.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/search?q=schuhe", "/page?slug=imprint", "/page?slug=privacy",
            "/page?slug=accessibility", "/portal/login"})
    void pagesShowTheConfiguredTownAndNothingOfKaiserslautern(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + path)).header("Accept-Language", "de").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        if (!path.startsWith("/portal")) {
            assertThat(response.body()).contains("Zweibrücken");
        }
        assertThat(response.body()).doesNotContainIgnoringCase("Kaiserslautern").doesNotContainIgnoringCase("Lautern");
    }

    /** Started by the launcher's code, as in production: {@code /metrics} answers no one. */
    @Test
    void theLaunchersPayaraKeepsMetricsClosed() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + PORT + "/metrics")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isIn(401, 403, 404);
    }
}
