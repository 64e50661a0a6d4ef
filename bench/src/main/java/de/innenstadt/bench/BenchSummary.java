// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import de.innenstadt.bench.GatlingReport.RequestStats;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The benchmark's result as a Markdown table, from the four Gatling runs (platform and Elasticsearch, constant and
 * ramp) and the probe, compared with the targets: p95 at most {@value #TARGET_P95_MS} ms at 50 requests/s, and the
 * platform holding at least {@value #TARGET_THROUGHPUT_PERCENT} % of the rate Elasticsearch holds by itself.
 */
public final class BenchSummary {

    /** Folder names of the runs under the results folder, as the script passes them to Gatling. */
    public static final String PLATFORM_CONSTANT = "platform-constant";
    public static final String ELASTIC_CONSTANT = "elasticsearch-constant";
    public static final String PLATFORM_RAMP = "platform-ramp";
    public static final String ELASTIC_RAMP = "elasticsearch-ramp";
    public static final String PROBE_FILE = "probe.json";
    /** Lines {@code <run> <1-minute load average before> <after>}, written by the script. */
    public static final String LOAD_FILE = "loadavg.txt";

    static final double TARGET_P95_MS = 30;
    static final double TARGET_THROUGHPUT_PERCENT = 80;
    /** A ramp step is held when its p95 stays below this and at most {@value #HOLD_MAX_KO_PERCENT} % fail. */
    static final double HOLD_P95_MS = 50;
    static final double HOLD_MAX_KO_PERCENT = 1;

    private BenchSummary() {
    }

    /** Writes the summary to {@code out} and returns it. */
    public static String write(Path resultsFolder, Path out) throws IOException {
        String text = render(
                GatlingReport.latestIn(resultsFolder.resolve(PLATFORM_CONSTANT)),
                GatlingReport.latestIn(resultsFolder.resolve(ELASTIC_CONSTANT)),
                GatlingReport.latestIn(resultsFolder.resolve(PLATFORM_RAMP)),
                GatlingReport.latestIn(resultsFolder.resolve(ELASTIC_RAMP)),
                Files.isRegularFile(resultsFolder.resolve(PROBE_FILE))
                        ? Optional.of(QueryProbe.Result.readFrom(resultsFolder.resolve(PROBE_FILE)))
                        : Optional.empty(),
                Files.isRegularFile(resultsFolder.resolve(LOAD_FILE))
                        ? Files.readAllLines(resultsFolder.resolve(LOAD_FILE), StandardCharsets.UTF_8) : List.of(),
                ZonedDateTime.now(BenchCommand.CITY_ZONE));
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
        return text;
    }

    static String render(Optional<GatlingReport> platformConstant, Optional<GatlingReport> elasticConstant,
            Optional<GatlingReport> platformRamp, Optional<GatlingReport> elasticRamp,
            Optional<QueryProbe.Result> probe, List<String> loadLines, ZonedDateTime when) {
        CatalogSpec spec = CatalogSpec.standard();
        StringBuilder md = new StringBuilder();
        md.append("# Search benchmark ").append(when.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z")))
                .append("\n\n");
        md.append(String.format(Locale.ROOT, "Machine: %d cores seen by the JVM, shared with the load generator"
                + " (Gatling), Payara Micro, Elasticsearch and MariaDB. Catalogue: %,d offers of %,d products in"
                + " %d shops.%n%n", Runtime.getRuntime().availableProcessors(), spec.offers(), spec.products(),
                spec.shops()));

        Optional<RequestStats> platform50 = platformConstant.flatMap(r -> r.request(LoadPlan.MEASURED));
        Optional<RequestStats> elastic50 = elasticConstant.flatMap(r -> r.request(LoadPlan.MEASURED));
        md.append(String.format(Locale.ROOT, "## Constant rate: %s requests/s for %s s (after a warm-up)%n%n",
                setting("BENCH_RATE", "50"), setting("BENCH_SECONDS", "60")));
        md.append("| target | requests | KO | p50 ms | p75 ms | p95 ms | p99 ms | max ms |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
        md.append(constantRow("platform API `GET /api/v1/search`", platform50));
        md.append(constantRow("Elasticsearch `POST /innenstadt-products/_search`", elastic50));
        md.append('\n');
        if (platform50.isPresent() && elastic50.isPresent()) {
            md.append(String.format(Locale.ROOT, "Platform minus Elasticsearch at this rate: p50 %+.0f ms, p95 %+.0f ms."
                    + "%n%n", platform50.get().p50() - elastic50.get().p50(),
                    platform50.get().p95() - elastic50.get().p95()));
        }

        Map<Integer, RequestStats> platformSteps = steps(platformRamp);
        Map<Integer, RequestStats> elasticSteps = steps(elasticRamp);
        md.append(String.format(Locale.ROOT, "## Stepped ramp: each rate for %s s (held: p95 < %.0f ms and at most"
                + " %.0f %% KO; steps after an overloaded one are not run)%n%n", setting("BENCH_STEP_SECONDS", "30"),
                HOLD_P95_MS, HOLD_MAX_KO_PERCENT));
        md.append("| requests/s | platform p50 ms | platform p95 ms | platform KO | held | Elasticsearch p50 ms"
                + " | Elasticsearch p95 ms | Elasticsearch KO | held |\n");
        md.append("|---:|---:|---:|---:|:---:|---:|---:|---:|:---:|\n");
        TreeMap<Integer, Boolean> rates = new TreeMap<>();
        platformSteps.keySet().forEach(rate -> rates.put(rate, true));
        elasticSteps.keySet().forEach(rate -> rates.put(rate, true));
        for (Integer rate : rates.keySet()) {
            md.append("| ").append(rate).append(" | ").append(stepCells(platformSteps.get(rate))).append(" | ")
                    .append(stepCells(elasticSteps.get(rate))).append(" |\n");
        }
        md.append('\n');
        int platformHeld = highestHeld(platformSteps);
        int elasticHeld = highestHeld(elasticSteps);
        boolean elasticCapped = !elasticSteps.isEmpty() && elasticHeld == elasticSteps.keySet().stream()
                .mapToInt(Integer::intValue).max().orElse(0);
        double ratio = elasticHeld == 0 ? Double.NaN : 100.0 * platformHeld / elasticHeld;
        md.append(String.format(Locale.ROOT, "Highest rate held: platform %d requests/s, Elasticsearch directly"
                + " %d requests/s%s: platform throughput = %s of direct Elasticsearch.%n%n", platformHeld,
                elasticHeld, elasticCapped ? " (its highest step, so at least that)" : "",
                Double.isNaN(ratio) ? "n/a" : String.format(Locale.ROOT, "%.0f %%", ratio)));

        probe.ifPresent(p -> md.append(String.format(Locale.ROOT, "## Probe: %d queries one at a time, no"
                + " load%n%n%d of them find something; totals of platform and Elasticsearch differ for %d."
                + "%n%n| | p50 ms | p95 ms | p99 ms |%n|---|---:|---:|---:|%n"
                + "| Elasticsearch `took` (server-side) | %.1f | %.1f | %.1f |%n"
                + "| Elasticsearch answer | %.1f | %.1f | %.1f |%n"
                + "| platform answer | %.1f | %.1f | %.1f |%n%n", p.queries(), p.withHits(), p.totalsDiffering(),
                p.elasticTook().p50(), p.elasticTook().p95(), p.elasticTook().p99(),
                p.elasticAnswer().p50(), p.elasticAnswer().p95(), p.elasticAnswer().p99(),
                p.platformAnswer().p50(), p.platformAnswer().p95(), p.platformAnswer().p99())));

        if (!loadLines.isEmpty()) {
            md.append("## Machine load (1-minute load average; 2 would be both cores busy)\n\n"
                    + "| run | before | after |\n|---|---:|---:|\n");
            for (String line : loadLines) {
                String[] fields = line.strip().split("\\s+");
                if (fields.length == 3) {
                    md.append("| ").append(fields[0]).append(" | ").append(fields[1]).append(" | ").append(fields[2])
                            .append(" |\n");
                }
            }
            md.append('\n');
        }

        md.append("## Targets\n\n| target | measured | met |\n|---|---|:---:|\n");
        md.append(String.format(Locale.ROOT, "| platform p95 ≤ %.0f ms at %s requests/s | %s | %s |%n",
                TARGET_P95_MS, setting("BENCH_RATE", "50"),
                platform50.map(s -> String.format(Locale.ROOT, "%.0f ms", s.p95())).orElse("n/a"),
                platform50.map(s -> s.p95() <= TARGET_P95_MS && s.ko() == 0 ? "yes" : "no").orElse("n/a")));
        md.append(String.format(Locale.ROOT, "| platform throughput ≥ %.0f %% of direct Elasticsearch | %s | %s |%n",
                TARGET_THROUGHPUT_PERCENT, Double.isNaN(ratio) ? "n/a"
                        : String.format(Locale.ROOT, "%.0f %% (%d of %d%s requests/s)", ratio, platformHeld,
                                elasticHeld, elasticCapped ? "+" : ""),
                Double.isNaN(ratio) ? "n/a" : ratio >= TARGET_THROUGHPUT_PERCENT ? "yes" : "no"));
        return md.toString();
    }

    /** The script exports the load settings it gave Gatling; the defaults are the simulation's own. */
    private static String setting(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static String constantRow(String target, Optional<RequestStats> stats) {
        return stats.map(s -> String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.0f | %.0f | %.0f | %.0f |%n",
                target, s.total(), s.ko(), s.p50(), s.p75(), s.p95(), s.p99(), s.max()))
                .orElse("| " + target + " | not run | | | | | | |\n");
    }

    private static String stepCells(RequestStats stats) {
        if (stats == null) {
            return "– | – | – | –";
        }
        return String.format(Locale.ROOT, "%.0f | %.0f | %.1f %% | %s", stats.p50(), stats.p95(), stats.koPercent(),
                holds(stats) ? "yes" : "no");
    }

    static boolean holds(RequestStats stats) {
        return stats.total() > 0 && stats.p95() < HOLD_P95_MS && stats.koPercent() <= HOLD_MAX_KO_PERCENT;
    }

    private static Map<Integer, RequestStats> steps(Optional<GatlingReport> report) {
        Map<Integer, RequestStats> steps = new TreeMap<>();
        report.ifPresent(r -> r.requests().forEach((name, stats) -> {
            int rate = LoadPlan.rateOf(name);
            if (rate > 0) {
                steps.put(rate, stats);
            }
        }));
        return steps;
    }

    /** The highest rate held with every lower rate held too; 0 when even the first fails. */
    static int highestHeld(Map<Integer, RequestStats> steps) {
        int held = 0;
        List<Integer> rates = new ArrayList<>(new TreeMap<>(steps).keySet());
        for (Integer rate : rates) {
            if (!holds(steps.get(rate))) {
                break;
            }
            held = rate;
        }
        return held;
    }
}
