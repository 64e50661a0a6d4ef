// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.bench.GatlingReport.RequestStats;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BenchSummaryTest {

    @Test
    void aStepIsHeldBelow50MsP95AndAtMostOnePercentKo() {
        assertThat(BenchSummary.holds(step(100, 49, 0))).isTrue();
        assertThat(BenchSummary.holds(step(100, 50, 0))).isFalse();
        assertThat(BenchSummary.holds(step(1000, 20, 10))).isTrue();
        assertThat(BenchSummary.holds(step(1000, 20, 11))).isFalse();
    }

    @Test
    void theHighestRateHeldNeedsEveryLowerStepHeldToo() {
        Map<Integer, RequestStats> steps = Map.of(
                50, step(1500, 20, 0),
                100, step(3000, 30, 0),
                150, step(4500, 70, 0),
                200, step(6000, 45, 0));
        assertThat(BenchSummary.highestHeld(steps)).isEqualTo(100);
        assertThat(BenchSummary.highestHeld(Map.of(50, step(1500, 90, 0)))).isZero();
    }

    @Test
    void rendersWhatIsThereAndSaysWhatIsNot() {
        String md = BenchSummary.render(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of("platform-constant 0.52 1.90"),
                ZonedDateTime.parse("2026-11-22T07:00:00+01:00[Europe/Berlin]"));
        assertThat(md).contains("# Search benchmark 2026-11-22 07:00", "| platform API `GET /api/v1/search` | not run",
                "| platform-constant | 0.52 | 1.90 |", "| platform p95 ≤ 30 ms at 50 requests/s | n/a | n/a |");
    }

    @Test
    void namesRampStepsSoTheySortAndParseBack() {
        assertThat(LoadPlan.requestName(50)).isEqualTo("050/s");
        assertThat(LoadPlan.rateOf("050/s")).isEqualTo(50);
        assertThat(LoadPlan.rateOf("1200/s")).isEqualTo(1200);
        assertThat(LoadPlan.rateOf(LoadPlan.MEASURED)).isEqualTo(-1);
        assertThat(LoadPlan.parse(LoadPlan.DEFAULT_STEPS)).startsWith(25, 50).isSorted();
    }

    private static RequestStats step(long total, double p95, long ko) {
        return new RequestStats("step", total, total - ko, ko, 1, p95 / 2, p95 * 0.8, p95, p95 * 1.5, p95 * 3, p95 / 2);
    }
}
