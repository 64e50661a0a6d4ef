// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import de.innenstadt.bench.GatlingReport.RequestStats;
import java.util.Arrays;
import java.util.Optional;
import java.util.Properties;

/**
 * Response times recorded by a simulation itself, so that its percentiles need no HTML report (Gatling's report
 * module {@code gatling-charts-highcharts} is not open source). Percentiles are nearest-rank over every recorded
 * request, OK and KO alike; a request without an answer is recorded as the request timeout.
 */
public final class ResponseTimes {

    private static final int INITIAL_CAPACITY = 32_768;

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

    private static double number(Properties source, String key) {
        return Double.parseDouble(source.getProperty(key));
    }

    /** Nearest rank: the smallest value with at least {@code percent} % of the values at or below it. */
    static int percentile(int[] sorted, double percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
