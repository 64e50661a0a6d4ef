// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The figures of one Gatling run, per request name: counts and response-time percentiles (Gatling's percentiles 1–4
 * are set to 50, 75, 95 and 99 in gatling.conf). The simulations record them themselves ({@link ResponseTimes}), which
 * is read first; reports of earlier runs still work: Gatling up to 3.11 writes them to {@code js/stats.json}, which is
 * read when present; later versions (3.14 is pinned) write no JSON any more, so the statistics table of the report's
 * {@code index.html} is read instead, its columns found by their headings.
 */
public final class GatlingReport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HEADING = Pattern.compile("<th id=\"col-(\\d+)\"[^>]*><span>(?:<abbr[^>]*>)?([^<]+)<");
    private static final Pattern ROW = Pattern.compile("<tr id=\"([^\"]+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)<");
    private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");
    private static final String ALL_REQUESTS = "ROOT";

    /** One request name's figures; times in milliseconds, over OK and KO requests together. */
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

    /**
     * The figures the simulation recorded itself into the results folder ({@link ResponseTimes#FILE_NAME}), or else
     * those of the newest Gatling report in it (Gatling names runs {@code <simulation>-<timestamp>}).
     */
    public static Optional<GatlingReport> latestIn(Path resultsFolder) throws IOException {
        if (!Files.isDirectory(resultsFolder)) {
            return Optional.empty();
        }
        Path recorded = resultsFolder.resolve(ResponseTimes.FILE_NAME);
        if (Files.isRegularFile(recorded)) {
            return Optional.of(new GatlingReport(resultsFolder, ResponseTimes.loadAll(recorded)));
        }
        Optional<Path> latest;
        try (Stream<Path> runs = Files.list(resultsFolder)) {
            latest = runs.filter(run -> Files.isRegularFile(run.resolve("index.html")))
                    .max(Comparator.comparing(run -> run.getFileName().toString()));
        }
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(read(latest.get()));
    }

    public static GatlingReport read(Path runDirectory) throws IOException {
        Path statsJson = runDirectory.resolve("js").resolve("stats.json");
        if (Files.isRegularFile(statsJson)) {
            return new GatlingReport(runDirectory, fromStatsJson(JSON.readTree(statsJson.toFile())));
        }
        String html = Files.readString(runDirectory.resolve("index.html"), StandardCharsets.UTF_8);
        return new GatlingReport(runDirectory, fromIndexHtml(html));
    }

    static Map<String, RequestStats> fromStatsJson(JsonNode root) {
        Map<String, RequestStats> requests = new LinkedHashMap<>();
        for (Iterator<JsonNode> it = root.path("contents").elements(); it.hasNext();) {
            JsonNode entry = it.next();
            if ("REQUEST".equals(entry.path("type").asText())) {
                JsonNode stats = entry.path("stats");
                JsonNode count = stats.path("numberOfRequests");
                String name = entry.path("name").asText();
                requests.put(name, new RequestStats(name, count.path("total").asLong(), count.path("ok").asLong(),
                        count.path("ko").asLong(), total(stats, "minResponseTime"), total(stats, "percentiles1"),
                        total(stats, "percentiles2"), total(stats, "percentiles3"), total(stats, "percentiles4"),
                        total(stats, "maxResponseTime"), total(stats, "meanResponseTime")));
            }
        }
        return requests;
    }

    private static double total(JsonNode stats, String field) {
        JsonNode value = stats.path(field).path("total");
        return value.isNumber() ? value.asDouble() : parse(value.asText());
    }

    static Map<String, RequestStats> fromIndexHtml(String html) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        Matcher heading = HEADING.matcher(html);
        while (heading.find()) {
            columns.putIfAbsent(heading.group(2).strip(), Integer.parseInt(heading.group(1)));
        }
        List<String> needed = List.of("Total", "OK", "KO", "Min", "50th pct", "75th pct", "95th pct", "99th pct", "Max",
                "Mean");
        List<String> missing = new ArrayList<>(needed);
        missing.removeAll(columns.keySet());
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("Gatling's statistics table lacks the columns " + missing
                    + " (percentiles must be set to 50, 75, 95 and 99 in gatling.conf)");
        }
        Map<String, RequestStats> requests = new LinkedHashMap<>();
        Matcher row = ROW.matcher(html);
        while (row.find()) {
            Matcher name = NAME.matcher(row.group(2));
            if (row.group(1).equals(ALL_REQUESTS) || !name.find()) {
                continue;
            }
            Map<Integer, String> cells = new LinkedHashMap<>();
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                cells.put(Integer.parseInt(cell.group(1)), cell.group(2).strip());
            }
            String requestName = unescape(name.group(1));
            requests.put(requestName, new RequestStats(requestName,
                    (long) parse(cells.get(columns.get("Total"))), (long) parse(cells.get(columns.get("OK"))),
                    (long) parse(cells.get(columns.get("KO"))), parse(cells.get(columns.get("Min"))),
                    parse(cells.get(columns.get("50th pct"))), parse(cells.get(columns.get("75th pct"))),
                    parse(cells.get(columns.get("95th pct"))), parse(cells.get(columns.get("99th pct"))),
                    parse(cells.get(columns.get("Max"))), parse(cells.get(columns.get("Mean")))));
        }
        return requests;
    }

    /** Gatling writes "-" where there is no figure (e.g. KO times when nothing failed). */
    private static double parse(String text) {
        if (text == null || text.isBlank() || text.equals("-")) {
            return 0;
        }
        return Double.parseDouble(text.replace(",", ""));
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
