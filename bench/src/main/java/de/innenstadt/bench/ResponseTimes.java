// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import de.innenstadt.bench.GatlingReport.RequestStats;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Response times recorded by a simulation itself, so that its percentiles need no HTML report (Gatling's report
 * module {@code gatling-charts-highcharts} is not open source). Percentiles are nearest-rank over every recorded
 * request, OK and KO alike; a request without an answer is recorded as the request timeout.
 */
public final class ResponseTimes {

    /** What a simulation writes next to its Gatling run, and {@link GatlingReport#latestIn} reads first. */
    public static final String FILE_NAME = "response-times.properties";

    private static final int INITIAL_CAPACITY = 32_768;
    private static final String[] KEYS = {"requests", "ok", "ko", "min", "p50", "p75", "p95", "p99", "max", "mean"};

    private int[] millis = new int[INITIAL_CAPACITY];
    private int count;
    private long ko;

    /** Records one request; thread-safe, as Gatling's virtual users run on several threads. */
    public synchronized void record(int responseMillis, boolean ok) {
        if (count == millis.length) {
            millis = Arrays.copyOf(millis, count * 2);
        }
        millis[count++] = responseMillis;
        if (!ok) {
            ko++;
        }
    }

    /** The figures in the shape the summaries use; empty when nothing was recorded. */
    public synchronized Optional<RequestStats> stats(String name) {
        if (count == 0) {
            return Optional.empty();
        }
        int[] sorted = Arrays.copyOf(millis, count);
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).asLongStream().sum() / (double) count;
        return Optional.of(new RequestStats(name, count, count - ko, ko, sorted[0], percentile(sorted, 50),
                percentile(sorted, 75), percentile(sorted, 95), percentile(sorted, 99), sorted[count - 1], mean));
    }

    /** Writes the figures as properties {@code requests, ok, ko, min, p50, p75, p95, p99, max, mean}. */
    public static void store(RequestStats stats, Properties target) {
        target.setProperty("requests", String.valueOf(stats.total()));
        target.setProperty("ok", String.valueOf(stats.ok()));
        target.setProperty("ko", String.valueOf(stats.ko()));
        target.setProperty("min", String.valueOf(stats.min()));
        target.setProperty("p50", String.valueOf(stats.p50()));
        target.setProperty("p75", String.valueOf(stats.p75()));
        target.setProperty("p95", String.valueOf(stats.p95()));
        target.setProperty("p99", String.valueOf(stats.p99()));
        target.setProperty("max", String.valueOf(stats.max()));
        target.setProperty("mean", String.valueOf(stats.mean()));
    }

    /** Reads what {@link #store} wrote; empty when the properties hold no figures. */
    public static Optional<RequestStats> load(String name, Properties source) {
        if (source.getProperty("requests") == null) {
            return Optional.empty();
        }
        return Optional.of(new RequestStats(name, Long.parseLong(source.getProperty("requests")),
                Long.parseLong(source.getProperty("ok")), Long.parseLong(source.getProperty("ko")),
                number(source, "min"), number(source, "p50"), number(source, "p75"), number(source, "p95"),
                number(source, "p99"), number(source, "max"), number(source, "mean")));
    }

    /** Writes the figures of several request names into one file, as {@code <name>.<figure>} properties. */
    public static void storeAll(Map<String, ResponseTimes> byName, Path file) throws IOException {
        Properties all = new Properties();
        for (Map.Entry<String, ResponseTimes> entry : new TreeMap<>(byName).entrySet()) {
            entry.getValue().stats(entry.getKey()).ifPresent(stats -> {
                Properties one = new Properties();
                store(stats, one);
                one.forEach((key, value) -> all.setProperty(entry.getKey() + "." + key, (String) value));
            });
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            all.store(writer, "response times per request name, recorded by the simulation");
        }
    }

    /** Reads what {@link #storeAll} wrote: the figures per request name. */
    public static Map<String, RequestStats> loadAll(Path file) throws IOException {
        Properties all = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            all.load(reader);
        }
        Map<String, RequestStats> byName = new LinkedHashMap<>();
        for (String key : new TreeMap<>(all).keySet().stream().map(String::valueOf).toList()) {
            if (key.endsWith(".requests")) {
                String name = key.substring(0, key.length() - ".requests".length());
                Properties one = new Properties();
                for (String figure : KEYS) {
                    one.setProperty(figure, all.getProperty(name + "." + figure));
                }
                load(name, one).ifPresent(stats -> byName.put(name, stats));
            }
        }
        return byName;
    }

    private static double number(Properties source, String key) {
        return Double.parseDouble(source.getProperty(key));
    }

    /** Nearest rank: the smallest value with at least {@code percent} % of the values at or below it. */
    static int percentile(int[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
