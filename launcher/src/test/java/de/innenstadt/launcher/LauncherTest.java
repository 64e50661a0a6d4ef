// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherTest {

    @TempDir
    Path dist;

    @Test
    void demoLoginsSkipCommentsAndBlankLines() {
        assertThat(Launcher.demoLogins()).isNotEmpty().noneMatch(line -> line.startsWith("#") || line.isBlank());
    }

    @Test
    void aMissingWarNamesTheBuildCommand() throws IOException {
        Files.createFile(dist.resolve("payara-micro.jar"));
        Files.createFile(dist.resolve("merchant-portal.war"));
        Files.createFile(dist.resolve("elasticsearch.zip"));

        assertThatThrownBy(() -> Launcher.Distribution.in(dist, embedded()))
                .isInstanceOf(StartupException.class)
                .hasMessage("Missing " + dist.resolve("shop-web.war") + ": build it with ./run.sh (or ./mvnw"
                        + " -DskipTests package -pl launcher -am)");
    }

    @Test
    void pluginZipsInDistAreFound() throws IOException {
        for (String name : List.of("payara-micro.jar", "shop-web.war", "merchant-portal.war", "elasticsearch.zip",
                "analysis-plugin.zip", "b-plugin.zip")) {
            Files.createFile(dist.resolve(name));
        }

        Launcher.Distribution found = Launcher.Distribution.in(dist, embedded());

        assertThat(found.pluginZips()).containsExactly(dist.resolve("analysis-plugin.zip"),
                dist.resolve("b-plugin.zip"));
    }

    @Test
    void theElasticsearchZipIsOptionalWithAnExternalElasticsearch() throws IOException {
        for (String name : List.of("payara-micro.jar", "shop-web.war", "merchant-portal.war")) {
            Files.createFile(dist.resolve(name));
        }
        LauncherSettings external = LauncherSettings.resolve(List.of(),
                Map.of("INNENSTADT_ELASTICSEARCH_URL", "http://es:9200"), Map.of(), Path.of("/checkout"));

        assertThat(Launcher.Distribution.in(dist, external).pluginZips()).isEmpty();
    }

    @Test
    void deploymentArgumentIsFileColonContextRoot() {
        assertThat(new PayaraMicroProcess.Deployment(Path.of("/d/shop-web.war"), "/").argument())
                .isEqualTo("/d/shop-web.war:/");
        assertThatThrownBy(() -> new PayaraMicroProcess.Deployment(Path.of("/d/p.war"), "portal"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static LauncherSettings embedded() {
        return LauncherSettings.resolve(List.of(), Map.of(), Map.of(), Path.of("/checkout"));
    }
}
