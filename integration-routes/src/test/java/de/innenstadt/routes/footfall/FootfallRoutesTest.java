// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.footfall;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.innenstadt.core.city.FootfallImport;
import de.innenstadt.core.city.FootfallImportRecord;
import de.innenstadt.core.city.FootfallProblem;
import de.innenstadt.core.city.FootfallReading;
import de.innenstadt.core.city.FootfallRejection;
import de.innenstadt.core.platform.ClusterLease;
import de.innenstadt.core.platform.ClusterRole;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two footfall routes in a plain Camel context, storing into a list instead of the database. */
class FootfallRoutesTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path dropDir;

    private final List<List<FootfallReading>> stored = new CopyOnWriteArrayList<>();
    private final List<FootfallImportRecord> records = new CopyOnWriteArrayList<>();
    private final FootfallStore store = readings -> {
        stored.add(readings);
        return new FootfallImport.Summary(0, readings.size(), 0);
    };
    private DefaultCamelContext camel;

    @AfterEach
    void stop() {
        if (camel != null) {
            camel.stop();
        }
    }

    @Test
    void aDroppedDownloadIsStoredAndMovedToDone() throws Exception {
        start(new FootfallRouteSettings(Optional.of(dropDir), Optional.empty(), "", Duration.ofHours(1), Duration.ofHours(48), Duration.ZERO));

        try (InputStream sample = getClass().getResourceAsStream("/footfall/laser-counter-download.csv")) {
            Files.copy(sample, dropDir.resolve("fackelstrasse-mai.csv"));
        }

        await().atMost(Duration.ofSeconds(20)).until(() -> files(dropDir.resolve(".done")).size() == 1);
        assertThat(stored).singleElement().satisfies(readings -> assertThat(readings).hasSize(4));
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getSource()).isEqualTo(FootfallImportRecord.Source.DROP_FOLDER);
            assertThat(record.getFileName()).isEqualTo("fackelstrasse-mai.csv");
            assertThat(record.getHoursStored()).isEqualTo(4);
        });
        assertThat(files(dropDir.resolve(".done")).get(0).getFileName().toString()).endsWith("-fackelstrasse-mai.csv");
    }

    @Test
    void aFileWithABadRowIsStoredWithoutItAndTheRowIsOnTheRecord() throws Exception {
        start(new FootfallRouteSettings(Optional.of(dropDir), Optional.empty(), "", Duration.ofHours(1), Duration.ofHours(48), Duration.ZERO));

        Files.writeString(dropDir.resolve("teils.csv"),
                "timestamp;location_id;pedestrians_count\n2026-05-09T10:00:00Z;kl-a;10\n2026-05-09T11:00:00Z;kl-a;x\n");

        await().atMost(Duration.ofSeconds(20)).until(() -> files(dropDir.resolve(".done")).size() == 1);
        assertThat(stored).singleElement().satisfies(readings -> assertThat(readings).hasSize(1));
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getRowsRejected()).isEqualTo(1);
            assertThat(record.getRejections()).singleElement().extracting(FootfallRejection::getLine).isEqualTo(3);
        });
    }

    @Test
    void aFileThatIsNoCountsTableIsStoredNotAtAllAndMovedToFailed() throws Exception {
        start(new FootfallRouteSettings(Optional.of(dropDir), Optional.empty(), "", Duration.ofHours(1), Duration.ofHours(48), Duration.ZERO));

        Files.writeString(dropDir.resolve("kaputt.csv"), "timestamp;location_id;pedestrians_count\n2026-05-09T10:00:00Z;kl-a;x\n");

        await().atMost(Duration.ofSeconds(20)).until(() -> Files.exists(dropDir.resolve(".failed/kaputt.csv")));
        assertThat(stored).isEmpty();
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.getStatus()).isEqualTo(FootfallImportRecord.Status.REFUSED);
            assertThat(record.findProblem()).contains(FootfallProblem.NO_ROW_READABLE);
        });
    }

    @Test
    void theTimerPollsEveryCountingPointOfTheApiForTheLookbackWindow() throws Exception {
        try (CounterApiStub stub = new CounterApiStub()) {
            stub.answer("/api/locations", FootfallApiClientTest.LOCATIONS);
            stub.answer("/api/locations/501/measurements", FootfallApiClientTest.MEASUREMENTS);
            stub.answer("/api/locations/502/measurements", "{\"measurements\": []}");
            start(new FootfallRouteSettings(Optional.empty(), Optional.of(stub.baseUrl()), CounterApiStub.TOKEN,
                    Duration.ofHours(1), Duration.ofHours(48), Duration.ZERO));

            await().atMost(Duration.ofSeconds(20)).until(() -> stored.size() == 2);

            assertThat(stored.get(0)).hasSize(2);
            assertThat(stored.get(1)).isEmpty();
            assertThat(stub.requests.get(1).getQuery())
                    .isEqualTo("from=2026-05-07T11:00:00Z&to=2026-05-09T11:00:00Z&resolution=hour");
        }
    }

    /** A town that starts with the platform gets its counters' history on the first poll, a month per request. */
    @Test
    void theFirstPollLoadsTheBackfillAMonthAtATimeAndLaterPollsOnlyTheLookback() throws Exception {
        try (CounterApiStub stub = new CounterApiStub()) {
            stub.answer("/api/locations", "[{\"id\": 501, \"name\": \"Fackelstraße\"}]");
            stub.answer("/api/locations/501/measurements", FootfallApiClientTest.MEASUREMENTS);
            FootfallRoutes routes = new FootfallRoutes(new FootfallRouteSettings(Optional.empty(), Optional.of(stub.baseUrl()),
                    CounterApiStub.TOKEN, Duration.ofHours(1), Duration.ofHours(48), Duration.ofDays(70)), files(), store,
                    () -> BERLIN, Clock.fixed(Instant.parse("2026-05-09T10:17:00Z"), ZoneOffset.UTC), THIS_INSTANCE_POLLS);

            routes.poll(stub.baseUrl());
            routes.poll(stub.baseUrl());

            assertThat(stub.requests).extracting(URI::getQuery).filteredOn(query -> query != null).containsExactly(
                    "from=2026-02-28T11:00:00Z&to=2026-03-31T11:00:00Z&resolution=hour",
                    "from=2026-03-31T11:00:00Z&to=2026-05-01T11:00:00Z&resolution=hour",
                    "from=2026-05-01T11:00:00Z&to=2026-05-09T11:00:00Z&resolution=hour",
                    "from=2026-05-07T11:00:00Z&to=2026-05-09T11:00:00Z&resolution=hour");
        }
    }

    /** Another instance polls the API until it goes away; this one must not poll meanwhile. */
    @Test
    void onlyTheInstanceHoldingThePollerRolePollsTheApi() throws Exception {
        try (CounterApiStub stub = new CounterApiStub()) {
            stub.answer("/api/locations", FootfallApiClientTest.LOCATIONS);
            stub.answer("/api/locations/501/measurements", FootfallApiClientTest.MEASUREMENTS);
            stub.answer("/api/locations/502/measurements", "{\"measurements\": []}");
            AtomicBoolean heldElsewhere = new AtomicBoolean(true);
            AtomicInteger turns = new AtomicInteger();
            ClusterRole poller = new ClusterRole("footfall-api-poller", name -> {
                turns.incrementAndGet();
                return heldElsewhere.get() ? Optional.empty() : Optional.of(HeldLease.INSTANCE);
            });
            start(new FootfallRouteSettings(Optional.empty(), Optional.of(stub.baseUrl()), CounterApiStub.TOKEN,
                    Duration.ofMillis(100), Duration.ofHours(48), Duration.ZERO), poller);

            await().atMost(Duration.ofSeconds(20)).until(() -> turns.get() >= 3);
            assertThat(stub.requests).as("turns skipped while another instance polls").isEmpty();
            assertThat(stored).isEmpty();

            heldElsewhere.set(false);
            await().atMost(Duration.ofSeconds(20)).until(() -> stored.size() >= 2);
        }
    }

    /** A lease of a single instance: always free, always held. */
    private enum HeldLease implements ClusterLease.Lease {
        INSTANCE;

        @Override
        public boolean isHeld() {
            return true;
        }

        @Override
        public void close() {
            // nothing to free: no other instance waits for it
        }
    }

    private static final ClusterRole THIS_INSTANCE_POLLS = new ClusterRole("footfall-api-poller", name -> Optional.of(HeldLease.INSTANCE));

    private void start(FootfallRouteSettings settings) throws Exception {
        start(settings, THIS_INSTANCE_POLLS);
    }

    private void start(FootfallRouteSettings settings, ClusterRole poller) throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-05-09T10:17:00Z"), ZoneOffset.UTC);
        camel = new DefaultCamelContext();
        camel.addRoutes(new FootfallRoutes(settings, files(), store, () -> BERLIN, clock, poller));
        camel.start();
    }

    private FootfallFiles files() {
        return new FootfallFiles(store, records::add, () -> BERLIN, Clock.systemUTC());
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
