// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.footfall;

import de.innenstadt.core.city.CitySettingsService;
import de.innenstadt.core.city.FootfallImport;
import de.innenstadt.core.city.FootfallImportRecord;
import de.innenstadt.core.city.FootfallReading;
import de.innenstadt.core.platform.ClusterLease;
import de.innenstadt.core.platform.ClusterRole;
import de.innenstadt.routes.footfall.FootfallApiClient.ApiLocation;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Logger;
import org.apache.camel.Exchange;
import org.apache.camel.InvalidPayloadException;
import org.apache.camel.builder.RouteBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Pedestrian counts in, from two sources:
 * <ul>
 * <li>{@code footfall-csv}: a CSV download dropped into a folder is read by {@link FootfallFiles} (which
 * stores its readable hours and keeps the import record the counts page shows) and moved to
 * {@code .done}; a file refused as a whole is moved to {@code .failed}.</li>
 * <li>{@code footfall-api}: the scheduler (on managed threads, unlike the timer) polls the counter API for the last hours of every counting point
 * and stores them, on the one instance of the cluster that holds the role {@code footfall-api-poller}. Asking again for hours already stored is harmless (counts are upserted per point and
 * hour), and it is how corrected or late hours arrive.</li>
 * </ul>
 */
@ApplicationScoped
public class FootfallRoutes extends RouteBuilder {

    private static final Logger LOG = Logger.getLogger(FootfallRoutes.class.getName());
    private static final Duration BACKFILL_WINDOW = Duration.ofDays(31);

    private FootfallRouteSettings settings;
    private FootfallFiles files;
    private FootfallStore store;
    private Supplier<ZoneId> zone;
    private Clock clock;
    private ClusterRole apiPoller;
    /** Whether the backfill still has to be loaded: until the first poll that got through. */
    private volatile boolean backfillPending = true;

    /** For the CDI proxy only. */
    protected FootfallRoutes() {
    }

    @Inject
    FootfallRoutes(FootfallFiles files, FootfallImport footfall, CitySettingsService city, Clock clock, ClusterLease leases,
            @ConfigProperty(name = "innenstadt.footfall.drop-dir") Optional<String> dropDir,
            @ConfigProperty(name = "innenstadt.footfall.api-url") Optional<String> apiUrl,
            @ConfigProperty(name = "innenstadt.footfall.api-token") Optional<String> apiToken,
            @ConfigProperty(name = "innenstadt.footfall.poll-minutes", defaultValue = "60") long pollMinutes,
            @ConfigProperty(name = "innenstadt.footfall.lookback-hours", defaultValue = "48") long lookbackHours,
            @ConfigProperty(name = "innenstadt.footfall.backfill-days", defaultValue = "0") long backfillDays) {
        this(new FootfallRouteSettings(dropDir.map(Path::of), apiUrl.map(URI::create), apiToken.orElse(""),
                Duration.ofMinutes(pollMinutes), Duration.ofHours(lookbackHours), Duration.ofDays(backfillDays)), files, footfall::store,
                () -> city.current().getZone(), clock, new ClusterRole("footfall-api-poller", leases::tryAcquire));
    }

    public FootfallRoutes(FootfallRouteSettings settings, FootfallFiles files, FootfallStore store, Supplier<ZoneId> zone,
            Clock clock, ClusterRole apiPoller) {
        this.settings = settings;
        this.files = files;
        this.store = store;
        this.zone = zone;
        this.clock = clock;
        this.apiPoller = apiPoller;
    }

    @PreDestroy
    void leave() {
        apiPoller.release();
    }

    @Override
    public void configure() {
        settings.dropDir().ifPresent(folder ->
                // a file is taken once it stopped growing; done and failed files are kept for the record
                from("file:" + folder.toAbsolutePath() + "?include=(?i).*\\.csv&readLock=changed&readLockCheckInterval=500"
                        + "&move=.done/${date:now:yyyyMMdd-HHmmss}-${file:name}&moveFailed=.failed/${file:name}")
                        .routeId("footfall-csv")
                        .process(this::importFile)
                        .log("Footfall file ${file:name}: ${header.footfallHours} counted hours stored,"
                                + " ${header.footfallRejected} rows refused"));
        settings.apiUrl().ifPresent(url ->
                // the first poll runs soon after start, then every poll interval
                from("scheduler:footfall-api?initialDelay=5000&delay=" + settings.pollInterval().toMillis())
                        .routeId("footfall-api")
                        // one instance of the cluster polls; the others skip their turn until it is gone
                        .filter(exchange -> apiPoller.holdOrTake())
                        .process(exchange -> poll(url)));
    }

    /** Reads the file; one refused as a whole fails the exchange, so it moves to {@code .failed}. */
    private void importFile(Exchange exchange) throws InvalidPayloadException {
        FootfallImportRecord record = files.dropped(exchange.getIn().getHeader(Exchange.FILE_NAME_ONLY, String.class),
                exchange.getIn().getMandatoryBody(InputStream.class));
        if (record.getStatus() == FootfallImportRecord.Status.REFUSED) {
            throw new FootfallFormatException(record.findProblem().orElseThrow(), record.getProblemDetail(),
                    "Counts file refused (import " + record.getId() + "): " + record.findProblem().orElseThrow());
        }
        exchange.getIn().setHeader("footfallHours", record.getHoursStored());
        exchange.getIn().setHeader("footfallRejected", record.getRowsRejected());
    }

    /**
     * Asks every counting point for the lookback window, or on the first poll after start for the
     * backfill, a month at a time (hystreet answers at most 366 days; a month keeps each answer and
     * transaction small). One point's bad answer does not stop the others; the backfill is repeated
     * until a poll got through without one.
     */
    void poll(URI url) {
        FootfallApiClient api = new FootfallApiClient(url, settings.apiToken(), zone.get());
        Instant to = Instant.now(clock).truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        Instant from = to.minus(backfillPending && settings.backfill().compareTo(settings.lookback()) > 0
                ? settings.backfill() : settings.lookback());
        RuntimeException first = null;
        for (ApiLocation location : api.locations()) {
            try {
                for (Instant start = from; start.isBefore(to); start = start.plus(BACKFILL_WINDOW)) {
                    Instant end = start.plus(BACKFILL_WINDOW).isBefore(to) ? start.plus(BACKFILL_WINDOW) : to;
                    List<FootfallReading> readings = api.measurements(location, start, end);
                    store.store(readings);
                    LOG.fine(() -> "Footfall API: " + readings.size() + " hours of " + location.id());
                }
            } catch (FootfallFormatException | FootfallSourceException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
        backfillPending = false;
    }
}
