// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.innenstadt.search.ProductSearch;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Sends queries one at a time, without concurrent load, to Elasticsearch and to the platform: how many find
 * something, whether both report the same total (the bodies really are what the platform sends), Elasticsearch's own
 * {@code took} and both answer times, so the platform's share of the latency shows without any queueing.
 */
public final class QueryProbe {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the probe found; times in milliseconds. */
    public record Result(int queries, int withHits, int totalsDiffering, Percentiles elasticTook,
            Percentiles elasticAnswer, Percentiles platformAnswer) {

        public String writeTo(Path file) throws IOException {
            Files.createDirectories(file.toAbsolutePath().getParent());
            JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), this);
            return String.format(Locale.ROOT, "probe: %d queries, %d with hits, %d totals differing;"
                    + " p50 Elasticsearch took %.1f ms, answer %.1f ms; platform answer %.1f ms", queries, withHits,
                    totalsDiffering, elasticTook.p50(), elasticAnswer.p50(), platformAnswer.p50());
        }

        public static Result readFrom(Path file) throws IOException {
            return JSON.readValue(file.toFile(), Result.class);
        }
    }

    /** Median, 95th and 99th percentile of a sample, nearest rank. */
    public record Percentiles(double p50, double p95, double p99) {

        static Percentiles of(List<Double> values) {
            if (values.isEmpty()) {
                return new Percentiles(0, 0, 0);
            }
            List<Double> sorted = values.stream().sorted().toList();
            return new Percentiles(rank(sorted, 50), rank(sorted, 95), rank(sorted, 99));
        }

        private static double rank(List<Double> sorted, int percentile) {
            int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
            return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
        }
    }

    private QueryProbe() {
    }

    public static Result run(Path queriesFile, int count, String platformUrl, String elasticUrl, String index)
            throws IOException, InterruptedException {
        JsonNode queries = JSON.readTree(queriesFile.toFile());
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(TIMEOUT)
                .build();
        int sent = Math.min(count, queries.size());
        int withHits = 0;
        int differing = 0;
        List<Double> took = new ArrayList<>();
        List<Double> elasticAnswer = new ArrayList<>();
        List<Double> platformAnswer = new ArrayList<>();
        for (int i = 0; i < sent; i++) {
            JsonNode query = queries.get(i);
            long started = System.nanoTime();
            JsonNode elastic = send(client, HttpRequest.newBuilder(URI.create(elasticUrl + ProductSearch.searchPath(index)))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(query.get("body").asText())));
            elasticAnswer.add((System.nanoTime() - started) / 1e6);
            started = System.nanoTime();
            JsonNode platform = send(client,
                    HttpRequest.newBuilder(URI.create(platformUrl + query.get("path").asText())).GET());
            platformAnswer.add((System.nanoTime() - started) / 1e6);
            took.add(elastic.path("took").asDouble());
            long elasticTotal = elastic.path("hits").path("total").path("value").asLong();
            if (elasticTotal > 0) {
                withHits++;
            }
            if (elasticTotal != platform.path("total").asLong()) {
                differing++;
            }
        }
        return new Result(sent, withHits, differing, Percentiles.of(took), Percentiles.of(elasticAnswer),
                Percentiles.of(platformAnswer));
    }

    private static JsonNode send(HttpClient client, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        HttpRequest built = request.timeout(TIMEOUT).header("Accept", "application/json").build();
        HttpResponse<String> response = client.send(built, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException(built.method() + " " + built.uri() + " answered " + response.statusCode() + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return JSON.readTree(response.body());
    }
}
