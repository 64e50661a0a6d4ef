// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PreflightTest {

    private static LauncherSettings settings(Map<String, String> env) {
        return LauncherSettings.resolve(List.of(), env, Map.of(), Path.of("/checkout"));
    }

    @Test
    void embeddedServersNeedFourPorts() {
        assertThat(Preflight.portsOf(settings(Map.of())))
                .extracting(Preflight.PortUse::port, Preflight.PortUse::setting)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(8080, "INNENSTADT_HTTP_PORT"),
                        org.assertj.core.groups.Tuple.tuple(3307, "INNENSTADT_DB_PORT"),
                        org.assertj.core.groups.Tuple.tuple(9201, "INNENSTADT_ELASTICSEARCH_PORT"),
                        org.assertj.core.groups.Tuple.tuple(9301, "INNENSTADT_ELASTICSEARCH_PORT"));
    }

    @Test
    void externalServersNeedOnlyTheHttpPort() {
        assertThat(Preflight.portsOf(settings(Map.of("INNENSTADT_DB_URL", "jdbc:mariadb://db/x",
                "INNENSTADT_ELASTICSEARCH_URL", "http://es:9200"))))
                .extracting(Preflight.PortUse::port)
                .containsExactly(8080);
    }

    @Test
    void aBusyPortNamesItsSetting() {
        List<Preflight.PortUse> ports = Preflight.portsOf(settings(Map.of()));

        assertThatThrownBy(() -> Preflight.checkPorts(ports, port -> port != 8080))
                .isInstanceOf(StartupException.class)
                .hasMessage("Port 8080 is in use: set INNENSTADT_HTTP_PORT to a free port");
        assertThatThrownBy(() -> Preflight.checkPorts(ports, port -> port != 3307))
                .hasMessage("Port 3307 is in use: set INNENSTADT_DB_PORT to a free port");
        assertThatThrownBy(() -> Preflight.checkPorts(ports, port -> port != 9301))
                .hasMessage("Port 9301 is in use: set INNENSTADT_ELASTICSEARCH_PORT to a free port"
                        + " (Elasticsearch also needs that port + 100)");
    }

    @Test
    void allFreePortsPass() {
        Preflight.checkPorts(Preflight.portsOf(settings(Map.of())), port -> true);
    }

    @Test
    void aPortWantedTwiceIsRefusedBeforeAnythingStarts() {
        List<Preflight.PortUse> ports = Preflight.portsOf(settings(Map.of("INNENSTADT_DB_PORT", "8080")));

        assertThatThrownBy(() -> Preflight.checkPorts(ports, port -> true))
                .isInstanceOf(StartupException.class)
                .hasMessage("Port 8080 is wanted by both Payara Micro and MariaDB: set INNENSTADT_DB_PORT to a"
                        + " different port");
    }

    @Test
    void elasticsearchTransportPortClashIsFound() {
        List<Preflight.PortUse> ports = Preflight.portsOf(settings(Map.of("INNENSTADT_ELASTICSEARCH_PORT", "7980")));

        assertThatThrownBy(() -> Preflight.checkPorts(ports, port -> true))
                .hasMessage("Port 8080 is wanted by both Payara Micro and Elasticsearch transport: set"
                        + " INNENSTADT_ELASTICSEARCH_PORT to a different port");
    }

    @Test
    void isFreeSeesAListeningSocket() throws IOException {
        try (ServerSocket taken = new ServerSocket()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));

            assertThat(Preflight.isFree(taken.getLocalPort())).isFalse();
        }
    }

    @Test
    void oldJavaNamesJavaHome() {
        assertThatThrownBy(() -> Preflight.checkJava(11))
                .isInstanceOf(StartupException.class)
                .hasMessage("Java 11 is too old: set JAVA_HOME to a JDK 17 or newer");
        Preflight.checkJava(17);
        Preflight.checkJava(25);
    }

    @Test
    void unreachableExternalDatabaseNamesTheSetting() throws IOException {
        int closedPort = closedPort();

        assertThatThrownBy(() -> Preflight.checkExternalDatabase("jdbc:mariadb://127.0.0.1:" + closedPort + "/x",
                "u", "p"))
                .isInstanceOf(StartupException.class)
                .hasMessageStartingWith("Database jdbc:mariadb://127.0.0.1:" + closedPort + "/x is unreachable (")
                .hasMessageEndingWith("): set INNENSTADT_DB_URL (and INNENSTADT_DB_USER/INNENSTADT_DB_PASSWORD) to a"
                        + " running MariaDB, or unset it to use the embedded one")
                .message().doesNotContain("\n");
    }

    @Test
    void unreachableExternalElasticsearchNamesTheSetting() throws IOException {
        int closedPort = closedPort();

        assertThatThrownBy(() -> Preflight.checkExternalElasticsearch("http://127.0.0.1:" + closedPort + "/"))
                .isInstanceOf(StartupException.class)
                .hasMessage("Elasticsearch http://127.0.0.1:" + closedPort + "/ is unreachable (no answer): set"
                        + " INNENSTADT_ELASTICSEARCH_URL to a running Elasticsearch, or unset it to use the embedded"
                        + " one");
        assertThatThrownBy(() -> Preflight.checkExternalElasticsearch("es:9200"))
                .hasMessageContaining("(not an http(s) URL)");
    }

    @Test
    void messagesAreSingleLines() {
        for (String message : Set.of(Preflight.unreachableDatabase("jdbc:x", "refused"),
                Preflight.unreachableElasticsearch("http://x", "no answer"),
                Preflight.inUseMessage(new Preflight.PortUse(1, "S", "Elasticsearch transport")))) {
            assertThat(message).doesNotContain("\n");
        }
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress("127.0.0.1", 0));
            return socket.getLocalPort();
        }
    }
}
