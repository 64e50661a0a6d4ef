// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The figures of one Gatling run, read from its report's {@code js/stats.json}: per request name the counts and
 * response-time percentiles (Gatling's percentiles 1–4 are configured as 50, 75, 95 and 99 in gatling.conf).
 */
public final class GatlingReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One request name's figures; times in milliseconds. */
    public record RequestStats(String name, long total, long ok, long ko, double min, double p50, double p75,
            double p95, double p99, double max, double mean) {

        public double koPercent() {
            return total == 0 ? 0 : 100.0 * ko / total;
        }
    }

    private final Path runDirectory;
    private final Map<String, RequestStats> requests;

    private GatlingReport(Path runDirectory, Map<String, RequestStats> requests) {
        this.runDirectory = runDirectory;
        this.requests = Map.copyOf(requests);
    }

    public Path runDirectory() {
        return runDirectory;
    }

    public Map<String, RequestStats> requests() {
        return requests;
    }

    public Optional<RequestStats> request(String name) {
        return Optional.ofNullable(requests.get(name));
    }

    /** The newest run in a results folder (Gatling names runs {@code <simulation>-<timestamp>}). */
    public static Optional<GatlingReport> latestIn(Path resultsFolder) throws IOException {
        if (!Files.isDirectory(resultsFolder)) {
            return Optional.empty();
        }
        Optional<Path> latest;
        try (Stream<Path> runs = Files.list(resultsFolder)) {
            latest = runs.filter(run -> Files.isRegularFile(run.resolve("js").resolve("stats.json")))
                    .max(Comparator.comparing(run -> run.getFileName().toString()));
        }
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(read(latest.get()));
    }

    public static GatlingReport read(Path runDirectory) throws IOException {
        JsonNode root = JSON.readTree(runDirectory.resolve("js").resolve("stats.json").toFile());
        Map<String, RequestStats> requests = new LinkedHashMap<>();
        for (Iterator<JsonNode> it = root.path("contents").elements(); it.hasNext();) {
            JsonNode entry = it.next();
            if ("REQUEST".equals(entry.path("type").asText())) {
                RequestStats stats = stats(entry.path("name").asText(), entry.path("stats"));
                requests.put(stats.name(), stats);
            }
        }
        return new GatlingReport(runDirectory, requests);
    }

    private static RequestStats stats(String name, JsonNode stats) {
        JsonNode count = stats.path("numberOfRequests");
        return new RequestStats(name, count.path("total").asLong(), count.path("ok").asLong(),
                count.path("ko").asLong(), number(stats, "minResponseTime"), number(stats, "percentiles1"),
                number(stats, "percentiles2"), number(stats, "percentiles3"), number(stats, "percentiles4"),
                number(stats, "maxResponseTime"), number(stats, "meanResponseTime"));
    }

    /** A figure over all requests of the name, OK and KO together, as Gatling's report shows first. */
    private static double number(JsonNode stats, String field) {
        JsonNode value = stats.path(field).path("total");
        return value.isNumber() ? value.asDouble() : Double.parseDouble(value.asText("0"));
    }
}
