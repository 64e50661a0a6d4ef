// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.pace;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Reserves one item per request, {@code POST /api/v1/reservations}: {@code bench.users} clients, each with its own
 * keep-alive connection, for {@code bench.seconds}; together they start {@code bench.rate} reservations a second
 * (each client one every {@code users ÷ rate} seconds, paced: a client whose answer came back early waits for its
 * next turn, one whose answer came late sends at once). As long as answers come back within the pace this is an
 * arrival rate, as from shoppers who each reserve now and then; a closed model without pauses would instead measure
 * a queue (mean response time = clients ÷ throughput, so 100 clients at 300/s could never see 50 ms). Each client
 * starts after a random pause within the first pace, so the clients do not send in lockstep.
 *
 * <p>Every request has its own idempotency key and its own e-mail address (the per-contact limit is 10 an hour).
 * 201 (reserved) and 409 (sold out) both count as OK. The number of answers per status and the response-time
 * percentiles, recorded here rather than read from Gatling's report, go to {@code bench.countsFile}. Offers come
 * from {@code bench.offers} (a CSV {@code storeId,offerId}, drawn at random); a warm-up ({@code bench.warmUpUsers}
 * users without pauses for {@code bench.warmUpSeconds}, request name {@code warm-up}) reserves from
 * {@code bench.warmUpOffers} first.
 *
 * <p>Settings are system properties or environment variables ({@code bench.baseUrl} or {@code BENCH_BASE_URL}).
 */
public class ReservationLoadSimulation extends Simulation {

    private static final Duration SAFETY_MARGIN = Duration.ofSeconds(30);
    /** Gatling's request timeout (gatling.conf): what a request without an answer counts as. */
    private static final int TIMEOUT_MILLIS = 10_000;
    private static final String STATUS = "status";
    private static final String RESPONSE_TIME = "responseTime";
    private static final String BODY = "{\"storeId\":#{storeId},\"items\":[{\"offerId\":#{offerId},\"quantity\":1}],"
            + "\"customer\":{\"name\":\"Bench Kundin\",\"email\":\"#{key}@bench.example.org\"}}";

    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final ResponseTimes responseTimes = new ResponseTimes();
    private final int seconds = Integer.parseInt(property("bench.seconds", "60"));
    private final Path countsFile = Path.of(property("bench.countsFile", "target/status-counts.properties"));

    public ReservationLoadSimulation() {
        String baseUrl = property("bench.baseUrl", "http://127.0.0.1:8280");
        int users = Integer.parseInt(property("bench.users", "100"));
        double rate = Double.parseDouble(property("bench.rate", "300"));
        Duration pace = Duration.ofNanos(Math.round(users * 1e9 / rate));
        int warmUpUsers = Integer.parseInt(property("bench.warmUpUsers", "20"));
        int warmUpSeconds = Integer.parseInt(property("bench.warmUpSeconds", "15"));
        FeederBuilder<String> offers = csv(property("bench.offers", "target/reservation-cold.csv")).random();
        FeederBuilder<String> warmUpOffers = csv(property("bench.warmUpOffers", "target/reservation-cold.csv")).random();
        HttpProtocolBuilder protocol = http.baseUrl(baseUrl)
                .acceptHeader("application/json")
                .contentTypeHeader("application/json")
                .warmUp(baseUrl + "/health/ready");

        ScenarioBuilder measured = scenario(ReservationBench.MEASURED)
                .pause(Duration.ZERO, pace)
                .during(Duration.ofSeconds(seconds)).on(pace(pace)
                        .feed(offers)
                        .exec(session -> session.set("key", UUID.randomUUID().toString())
                                .remove(STATUS).remove(RESPONSE_TIME))
                        .exec(http(ReservationBench.MEASURED).post("/api/v1/reservations")
                                .header("Idempotency-Key", "#{key}")
                                .body(StringBody(BODY))
                                .check(responseTimeInMillis().saveAs(RESPONSE_TIME), status().saveAs(STATUS),
                                        status().in(201, 409)))
                        .exec(session -> {
                            int code = session.contains(STATUS) ? session.getInt(STATUS) : 0;
                            statuses.computeIfAbsent(code, c -> new LongAdder()).increment();
                            int millis = session.contains(RESPONSE_TIME) ? session.getInt(RESPONSE_TIME) : TIMEOUT_MILLIS;
                            responseTimes.record(millis, code == 201 || code == 409);
                            return session;
                        }));
        PopulationBuilder population = measured.injectOpen(atOnceUsers(users));
        if (warmUpSeconds > 0) {
            ScenarioBuilder warmUp = scenario("warm-up").feed(warmUpOffers)
                    .exec(session -> session.set("key", UUID.randomUUID().toString()))
                    .exec(http("warm-up").post("/api/v1/reservations")
                            .header("Idempotency-Key", "#{key}")
                            .body(StringBody(BODY))
                            .check(status().in(201, 409)));
            population = warmUp.injectClosed(constantConcurrentUsers(warmUpUsers).during(warmUpSeconds))
                    .andThen(population);
        }
        setUp(population).protocols(protocol)
                .maxDuration(Duration.ofSeconds((long) warmUpSeconds + seconds).plus(SAFETY_MARGIN));
    }

    /**
     * The answers of the measured run per status (0: no answer), its response-time percentiles and its length, for
     * the summary.
     */
    @Override
    public void after() {
        Properties counts = new Properties();
        Map<Integer, Long> sorted = new TreeMap<>();
        statuses.forEach((code, count) -> sorted.put(code, count.sum()));
        sorted.forEach((code, count) -> counts.setProperty(String.valueOf(code), String.valueOf(count)));
        counts.setProperty("seconds", String.valueOf(seconds));
        responseTimes.stats(ReservationBench.MEASURED).ifPresent(stats -> ResponseTimes.store(stats, counts));
        try {
            Files.createDirectories(countsFile.toAbsolutePath().getParent());
            try (Writer writer = Files.newBufferedWriter(countsFile, StandardCharsets.UTF_8)) {
                counts.store(writer, "answers of the measured run per status");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A setting from the system property {@code bench.x} or else the environment variable {@code BENCH_X}. */
    private static String property(String name, String fallback) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            value = System.getenv(
                    name.replaceAll("([a-z])([A-Z])", "$1_$2").replace('.', '_').toUpperCase(Locale.ROOT));
        }
        return value == null || value.isBlank() ? fallback : value.strip();
    }
}
