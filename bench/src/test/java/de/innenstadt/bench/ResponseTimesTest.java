// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.bench.GatlingReport.RequestStats;
import java.util.Properties;
import org.junit.jupiter.api.Test;

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
}
