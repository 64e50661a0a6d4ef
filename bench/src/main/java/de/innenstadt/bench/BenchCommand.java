// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import de.innenstadt.core.demo.DemoCatalog;
import de.innenstadt.core.reservation.StoreAvailability;
import de.innenstadt.search.SearchRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * The steps of {@code bench/search-benchmark.sh} that are Java: {@code load <jdbc-url>} generates the city centre and
 * writes it unless the database already holds it; {@code queries <file> <count>} writes the query mix with the
 * Elasticsearch bodies; {@code probe <queries-file> <count> <platform-url> <elasticsearch-url> <out-file>} sends the
 * first queries one at a time to both and records hits, Elasticsearch's own time and both answer times;
 * {@code summary <results-dir> <out-file>} turns the Gatling reports into a table.
 */
public final class BenchCommand {

    /** Seed of the query mix: the same queries on every run. */
    static final long QUERY_SEED = 4_711L;
    static final String INDEX_ALIAS = "innenstadt-products";
    static final ZoneId CITY_ZONE = ZoneId.of("Europe/Berlin");

    private BenchCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: load <jdbc-url> | queries <file> <count>"
                    + " | probe <queries-file> <count> <platform-url> <elasticsearch-url> <out-file>"
                    + " | summary <results-dir> <out-file>");
        }
        switch (args[0]) {
            case "load" -> report(load(argument(args, 1)));
            case "queries" -> report(queries(Path.of(argument(args, 1)), Integer.parseInt(argument(args, 2))));
            case "probe" -> report(QueryProbe.run(Path.of(argument(args, 1)), Integer.parseInt(argument(args, 2)),
                    argument(args, 3), argument(args, 4), INDEX_ALIAS).writeTo(Path.of(argument(args, 5))));
            case "summary" -> report(BenchSummary.write(Path.of(argument(args, 1)), Path.of(argument(args, 2))));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        }
    }

    /** The one place this command prints: its result for the script's log. */
    private static void report(String result) {
        System.out.println(result);
    }

    private static String argument(String[] args, int index) {
        if (args.length <= index) {
            throw new IllegalArgumentException(args[0] + " needs " + index + " argument(s)");
        }
        return args[index];
    }

    static String load(String jdbcUrl) throws SQLException {
        CatalogSpec spec = CatalogSpec.standard();
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            CatalogLoader loader = new CatalogLoader(connection);
            if (loader.count("offer") == spec.offers() && loader.count("product") == spec.products()
                    && loader.count("store") == spec.shops() && !loader.holdsForeignMerchants()) {
                return "unchanged: the database already holds " + spec.offers() + " offers of " + spec.products()
                        + " products in " + spec.shops() + " shops";
            }
            long started = System.nanoTime();
            BenchCatalog catalog = CatalogGenerator.generate(spec, Instant.now());
            long generated = (System.nanoTime() - started) / 1_000_000;
            long written = loader.replaceWith(catalog);
            return "loaded: " + catalog.offers().size() + " offers of " + catalog.products().size() + " products in "
                    + catalog.shops().size() + " shops (generated in " + generated + " ms, written in " + written
                    + " ms)";
        }
    }

    static String queries(Path file, int count) throws IOException {
        CatalogSpec spec = CatalogSpec.standard();
        List<SearchRequest> queries = new QueryMix(spec, DemoCatalog.generate(spec.seed(), spec.products()))
                .generate(QUERY_SEED, count);
        StoreAvailability stores = BenchStores.availability(CatalogGenerator.generate(spec, Instant.now()).shops(),
                Instant.now(), CITY_ZONE);
        try (ElasticBodies bodies = new ElasticBodies()) {
            QueryFile.write(file, queries, bodies, INDEX_ALIAS, stores);
        }
        return "queries: " + count + " written to " + file + " (" + stores.openNow().size() + " stores open now, "
                + stores.pickupToday().size() + " ready for pickup today)";
    }
}
