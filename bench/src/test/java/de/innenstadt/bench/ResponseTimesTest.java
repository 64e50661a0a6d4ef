// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.bench.GatlingReport.RequestStats;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResponseTimesTest {

    @Test
    void percentilesAreNearestRankOverOkAndKo() {
        ResponseTimes times = new ResponseTimes();
        for (int millis = 100; millis >= 1; millis--) {
            times.record(millis, millis != 100);
        }

        RequestStats stats = times.stats("reserve").orElseThrow();

        assertThat(stats).isEqualTo(new RequestStats("reserve", 100, 99, 1, 1, 50, 75, 95, 99, 100, 50.5));
    }

    @Test
    void figuresSurviveTheCountsFile() {
        ResponseTimes times = new ResponseTimes();
        times.record(12, true);
        times.record(10_000, false);
        RequestStats stats = times.stats("reserve").orElseThrow();
        Properties file = new Properties();

        ResponseTimes.store(stats, file);

        assertThat(ResponseTimes.load("reserve", file)).contains(stats);
        assertThat(ResponseTimes.load("reserve", new Properties())).isEmpty();
        assertThat(new ResponseTimes().stats("reserve")).isEmpty();
    }

    @Test
    void aResultsFolderWithRecordedTimesNeedsNoHtmlReport(@TempDir Path run) throws IOException {
        ResponseTimes measured = new ResponseTimes();
        measured.record(20, true);
        measured.record(30, true);
        ResponseTimes step = new ResponseTimes();
        step.record(7, true);

        ResponseTimes.storeAll(Map.of(LoadPlan.MEASURED, measured, "050/s", step), run.resolve(ResponseTimes.FILE_NAME));
        GatlingReport report = GatlingReport.latestIn(run).orElseThrow();

        assertThat(report.requests()).containsOnlyKeys(LoadPlan.MEASURED, "050/s");
        assertThat(report.request(LoadPlan.MEASURED)).contains(measured.stats(LoadPlan.MEASURED).orElseThrow());
        assertThat(report.request("050/s").orElseThrow().p95()).isEqualTo(7);
    }
}
