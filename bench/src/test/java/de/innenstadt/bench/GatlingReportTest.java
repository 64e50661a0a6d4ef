// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.bench.GatlingReport.RequestStats;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatlingReportTest {

    @Test
    void readsTheStatisticsTableOfTheHtmlReport(@TempDir Path results) throws IOException {
        Path run = results.resolve("searchloadsimulation-20261122060355588");
        copy("index.html", run.resolve("index.html"));
        Files.createDirectories(results.resolve("searchloadsimulation-20251122060355588"));

        GatlingReport report = GatlingReport.latestIn(results).orElseThrow();

        assertThat(report.runDirectory()).isEqualTo(run);
        assertThat(report.requests()).containsOnlyKeys(LoadPlan.WARM_UP, LoadPlan.MEASURED);
        assertThat(report.request(LoadPlan.MEASURED)).contains(
                new RequestStats("search", 3000, 1585, 1415, 68, 9340, 10000, 10001, 10008, 10066, 7071));
        assertThat(report.request(LoadPlan.MEASURED).orElseThrow().koPercent()).isCloseTo(47.17,
                Offset.offset(0.01));
    }

    @Test
    void prefersStatsJsonOfOlderGatlingVersions(@TempDir Path run) throws IOException {
        copy("index.html", run.resolve("index.html"));
        copy("stats.json", run.resolve("js").resolve("stats.json"));

        RequestStats search = GatlingReport.read(run).request("search").orElseThrow();

        assertThat(search).isEqualTo(new RequestStats("search", 3000, 2990, 10, 4, 12, 17, 29, 64, 10002, 21));
    }

    @Test
    void findsNoRunInAMissingFolder(@TempDir Path results) throws IOException {
        assertThat(GatlingReport.latestIn(results.resolve("platform-ramp"))).isEmpty();
    }

    private static void copy(String resource, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (InputStream in = GatlingReportTest.class.getResourceAsStream("/gatling/" + resource)) {
            Files.copy(in, target);
        }
    }
}
