// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.jsonFile;
import static io.gatling.javaapi.core.CoreDsl.nothingFor;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.stopLoadGeneratorIf;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import de.innenstadt.search.ProductSearch;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Replays the query mix against one target in an open model (arrivals do not wait for answers). Each virtual user
 * sends exactly one request, so the request count is bounded by rate × duration, and the whole run by
 * {@code maxDuration}.
 *
 * <p>Settings (system properties, or environment variables such as {@code BENCH_BASE_URL}): {@code bench.target}
 * {@code platform} ({@code GET /api/v1/search...}) or {@code elasticsearch} ({@code POST /<index>/_search} with the
 * body the platform would send); {@code bench.baseUrl}; {@code bench.queries} (the JSON file of {@link QueryFile});
 * {@code bench.mode} {@code constant} (a warm-up, then {@code bench.rate} requests/s for {@code bench.seconds}, request
 * name {@value LoadPlan#MEASURED}) or {@code ramp} (each rate of {@code bench.steps} for {@code bench.stepSeconds},
 * request names such as {@code 050/s}; the ramp stops early once a step is clearly overloaded).
 */
public class SearchLoadSimulation extends Simulation {

    private static final Duration SAFETY_MARGIN = Duration.ofSeconds(30);
    private static final String RESPONSE_TIME = "responseTime";
    /** Gatling's request timeout (gatling.conf): what a request without an answer counts as. */
    private static final int TIMEOUT_MILLIS = 10_000;

    private final Map<String, ResponseTimes> responseTimes = new ConcurrentHashMap<>();
    private final Path responseTimesFile = Path.of(property("bench.responseTimesFile",
            "target/" + ResponseTimes.FILE_NAME));

    /**
     * A ramp step whose every tenth request failed or took over a second cannot hold p95 &lt; 50 ms, and no higher
     * step can then: the ramp stops there instead of piling up timeouts.
     */
    private static final int SLOW_MILLIS = 1_000;
    private static final int OVERLOADED_SHARE = 10;

    public SearchLoadSimulation() {
        String target = property("bench.target", "platform");
        String baseUrl = property("bench.baseUrl", "http://127.0.0.1:8180");
        String index = property("bench.index", "innenstadt-products");
        boolean elastic = switch (target) {
            case "platform" -> false;
            case "elasticsearch" -> true;
            default -> throw new IllegalArgumentException("bench.target must be platform or elasticsearch");
        };
        FeederBuilder<Object> queries = jsonFile(property("bench.queries", "target/queries.json")).circular();
        HttpProtocolBuilder protocol = http.baseUrl(baseUrl)
                .acceptHeader("application/json")
                .shareConnections()
                .disableUrlEncoding()
                .warmUp(baseUrl + (elastic ? "/_cluster/health" : "/health/ready"));

        List<PopulationBuilder> populations = new ArrayList<>();
        long totalSeconds;
        String mode = property("bench.mode", "constant");
        if (mode.equals("constant")) {
            int warmUpSeconds = Integer.parseInt(property("bench.warmUpSeconds", "20"));
            int warmUpRate = Integer.parseInt(property("bench.warmUpRate", "25"));
            int rate = Integer.parseInt(property("bench.rate", "50"));
            int seconds = Integer.parseInt(property("bench.seconds", "60"));
            populations.add(scenario(LoadPlan.WARM_UP).feed(queries).exec(request(LoadPlan.WARM_UP, elastic, index))
                    .exec(session -> record(LoadPlan.WARM_UP, session))
                    .injectOpen(constantUsersPerSec(warmUpRate).during(warmUpSeconds)));
            populations.add(scenario(LoadPlan.MEASURED).feed(queries).exec(request(LoadPlan.MEASURED, elastic, index))
                    .exec(session -> record(LoadPlan.MEASURED, session))
                    .injectOpen(nothingFor(warmUpSeconds), constantUsersPerSec(rate).during(seconds)));
            totalSeconds = warmUpSeconds + seconds;
        } else if (mode.equals("ramp")) {
            int stepSeconds = Integer.parseInt(property("bench.stepSeconds", "30"));
            List<Integer> steps = LoadPlan.parse(property("bench.steps", LoadPlan.DEFAULT_STEPS));
            int warmUpSeconds = Integer.parseInt(property("bench.rampWarmUpSeconds", "0"));
            int warmUpRate = Integer.parseInt(property("bench.rampWarmUpRate", "100"));
            if (warmUpSeconds > 0) {
                populations.add(scenario(LoadPlan.WARM_UP).feed(queries).exec(request(LoadPlan.WARM_UP, elastic, index))
                        .exec(session -> record(LoadPlan.WARM_UP, session))
                        .injectOpen(constantUsersPerSec(warmUpRate).during(warmUpSeconds)));
            }
            for (int i = 0; i < steps.size(); i++) {
                String name = LoadPlan.requestName(steps.get(i));
                AtomicInteger slow = new AtomicInteger();
                int limit = steps.get(i) * stepSeconds / OVERLOADED_SHARE;
                populations.add(scenario("step " + name).feed(queries)
                        .exec(request(name, elastic, index))
                        .exec(session -> {
                            if (session.isFailed() || session.getInt(RESPONSE_TIME) > SLOW_MILLIS) {
                                slow.incrementAndGet();
                            }
                            return record(name, session);
                        })
                        .exec(stopLoadGeneratorIf("step " + name + " is overloaded: the higher steps cannot hold",
                                session -> slow.get() >= limit))
                        .injectOpen(nothingFor(warmUpSeconds + (long) i * stepSeconds),
                                constantUsersPerSec(steps.get(i)).during(stepSeconds)));
            }
            totalSeconds = warmUpSeconds + (long) steps.size() * stepSeconds;
        } else {
            throw new IllegalArgumentException("bench.mode must be constant or ramp");
        }
        setUp(populations).protocols(protocol).maxDuration(Duration.ofSeconds(totalSeconds).plus(SAFETY_MARGIN));
    }

    /** The request, its response time saved first so that it is there for failed requests too. */
    private static HttpRequestActionBuilder request(String name, boolean elastic, String index) {
        if (elastic) {
            return http(name).post(ProductSearch.searchPath(index))
                    .header("Content-Type", "application/json")
                    .body(StringBody("#{body}"))
                    .check(responseTimeInMillis().saveAs(RESPONSE_TIME), status().is(200));
        }
        return http(name).get("#{path}").check(responseTimeInMillis().saveAs(RESPONSE_TIME), status().is(200));
    }

    /** Records the request's response time under its name; a request without an answer as the timeout. */
    private Session record(String name, Session session) {
        int millis = session.contains(RESPONSE_TIME) ? session.getInt(RESPONSE_TIME) : TIMEOUT_MILLIS;
        responseTimes.computeIfAbsent(name, n -> new ResponseTimes()).record(millis, !session.isFailed());
        return session;
    }

    /** The percentiles per request name, for the summary: no need for Gatling's (not open-source) HTML report. */
    @Override
    public void after() {
        try {
            ResponseTimes.storeAll(responseTimes, responseTimesFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A setting from the system property {@code bench.x} or else the environment variable {@code BENCH_X}: the
     * Gatling plugin forks the JVM that runs the simulation, and the environment always reaches it.
     */
    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(
                    name.replaceAll("([a-z])([A-Z])", "$1_$2").replace('.', '_').toUpperCase(Locale.ROOT));
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
