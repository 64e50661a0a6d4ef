// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LauncherSettingsTest {

    private static final Path REPO = Path.of("/checkout");

    private static LauncherSettings resolve(Map<String, String> env, Map<String, String> props, String... args) {
        return LauncherSettings.resolve(List.of(args), env, props, REPO);
    }

    @Test
    void defaultsStartEverythingEmbeddedUnderRepoVar() {
        LauncherSettings settings = resolve(Map.of(), Map.of());

        assertThat(settings.httpPort()).isEqualTo(8080);
        assertThat(settings.dbPort()).isEqualTo(3307);
        assertThat(settings.elasticsearchPort()).isEqualTo(9201);
        assertThat(settings.varDir()).isEqualTo(Path.of("/checkout/var"));
        assertThat(settings.embeddedDatabase()).isTrue();
        assertThat(settings.embeddedElasticsearch()).isTrue();
        assertThat(settings.applicationSettings()).containsEntry("INNENSTADT_DEMO_DATA", "true");
        assertThat(settings.helpRequested()).isFalse();
    }

    @Test
    void systemPropertyWinsOverEnvironment() {
        LauncherSettings settings = resolve(Map.of("INNENSTADT_HTTP_PORT", "9000", "INNENSTADT_DB_PORT", "3400"),
                Map.of("INNENSTADT_HTTP_PORT", "9100"));

        assertThat(settings.httpPort()).isEqualTo(9100);
        assertThat(settings.dbPort()).isEqualTo(3400);
    }

    @Test
    void blankValuesCountAsUnset() {
        LauncherSettings settings = resolve(Map.of("INNENSTADT_DB_URL", "  ", "INNENSTADT_HTTP_PORT", ""), Map.of());

        assertThat(settings.embeddedDatabase()).isTrue();
        assertThat(settings.httpPort()).isEqualTo(8080);
    }

    @Test
    void externalServersAreTakenFromTheSettings() {
        LauncherSettings settings = resolve(Map.of("INNENSTADT_DB_URL", "jdbc:mariadb://db:3306/shop",
                "INNENSTADT_DB_USER", "shop", "INNENSTADT_ELASTICSEARCH_URL", "http://es:9200"), Map.of());

        assertThat(settings.externalDbUrl()).contains("jdbc:mariadb://db:3306/shop");
        assertThat(settings.externalDbUser()).contains("shop");
        assertThat(settings.externalDbPassword()).isEmpty();
        assertThat(settings.externalElasticsearchUrl()).contains("http://es:9200");
        assertThat(settings.embeddedDatabase()).isFalse();
        assertThat(settings.embeddedElasticsearch()).isFalse();
    }

    @Test
    void varDirIsMadeAbsolute() {
        LauncherSettings settings = resolve(Map.of("INNENSTADT_VAR_DIR", "/data/innenstadt/../x"), Map.of());

        assertThat(settings.varDir()).isEqualTo(Path.of("/data/x"));
    }

    @Test
    void innenstadtSystemPropertiesAndDemoDataReachTheApplications() {
        LauncherSettings settings = resolve(Map.of("INNENSTADT_DEMO_DATA", "false"),
                Map.of("INNENSTADT_CITY", "Freiburg", "user.home", "/root"));

        assertThat(settings.applicationSettings())
                .containsEntry("INNENSTADT_CITY", "Freiburg")
                .containsEntry("INNENSTADT_DEMO_DATA", "false")
                .doesNotContainKey("user.home");
    }

    @Test
    void aPortThatIsNoNumberNamesTheSetting() {
        assertThatThrownBy(() -> resolve(Map.of("INNENSTADT_HTTP_PORT", "http"), Map.of()))
                .isInstanceOf(StartupException.class)
                .hasMessage("INNENSTADT_HTTP_PORT is 'http', not a number: set INNENSTADT_HTTP_PORT to a free port"
                        + " between 1 and 65535");
    }

    @Test
    void elasticsearchPortLeavesRoomForTheTransportPort() {
        assertThatThrownBy(() -> resolve(Map.of("INNENSTADT_ELASTICSEARCH_PORT", "65500"), Map.of()))
                .isInstanceOf(StartupException.class)
                .hasMessage("INNENSTADT_ELASTICSEARCH_PORT is 65500: set INNENSTADT_ELASTICSEARCH_PORT to a free port"
                        + " between 1 and 65435");
    }

    @Test
    void helpIsRecognisedAndUnknownArgumentsAreRefused() {
        assertThat(resolve(Map.of(), Map.of(), "--help").helpRequested()).isTrue();
        assertThat(resolve(Map.of(), Map.of(), "-h").helpRequested()).isTrue();
        assertThatThrownBy(() -> resolve(Map.of(), Map.of(), "--port=1"))
                .isInstanceOf(StartupException.class)
                .hasMessage("Unknown argument '--port=1': run with --help to list the settings");
    }

    @Test
    void helpNamesEverySetting() {
        assertThat(LauncherSettings.helpText()).contains("INNENSTADT_HTTP_PORT", "INNENSTADT_VAR_DIR",
                "INNENSTADT_DB_PORT", "INNENSTADT_ELASTICSEARCH_PORT", "INNENSTADT_DB_URL", "INNENSTADT_DB_USER",
                "INNENSTADT_DB_PASSWORD", "INNENSTADT_ELASTICSEARCH_URL", "INNENSTADT_DEMO_DATA",
                "INNENSTADT_HTTP_THREADS");
    }

    @Test
    void httpWorkersAreTwiceTheProcessorsAndAtLeastFourUnlessSet() {
        assertThat(LauncherSettings.defaultHttpThreads(1)).isEqualTo(4);
        assertThat(LauncherSettings.defaultHttpThreads(2)).isEqualTo(4);
        assertThat(LauncherSettings.defaultHttpThreads(8)).isEqualTo(16);
        assertThat(resolve(Map.of(), Map.of()).httpThreads()).isEqualTo(LauncherSettings.defaultHttpThreads());
        assertThat(resolve(Map.of("INNENSTADT_HTTP_THREADS", "32"), Map.of()).httpThreads()).isEqualTo(32);
    }

    @Test
    void httpWorkersOutsideOneToAThousandAreRefusedWithTheSettingsName() {
        assertThatThrownBy(() -> resolve(Map.of("INNENSTADT_HTTP_THREADS", "0"), Map.of()))
                .isInstanceOf(StartupException.class)
                .hasMessage("INNENSTADT_HTTP_THREADS is 0: set INNENSTADT_HTTP_THREADS to a whole number between 1 and 1000");
        assertThatThrownBy(() -> resolve(Map.of("INNENSTADT_HTTP_THREADS", "many"), Map.of()))
                .isInstanceOf(StartupException.class)
                .hasMessage("INNENSTADT_HTTP_THREADS is 'many', not a number: set INNENSTADT_HTTP_THREADS to a whole"
                        + " number between 1 and 1000");
    }

    @Test
    void preBootCommandsSizeTheHttpPoolBeforeItStarts() {
        assertThat(PayaraMicroProcess.preBootCommands(6).lines()).containsExactly(
                "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=6",
                "set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=6");
        assertThat(PayaraMicroProcess.postBootCommands().lines()).containsExactly("set-metrics-configuration --securityenabled=true");
    }
}
