// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import de.innenstadt.bench.GatlingReport.RequestStats;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.Set;

/**
 * The Java steps of {@code bench/reservation-benchmark.sh}:
 * <ul>
 * <li>{@code prepare <jdbc-url> <out-dir> <cold-offers> <cold-quantity> <hot-offers> <hot-quantity>} picks offers of
 * stores that take reservations, sets their stock so that exactly the given quantity is available (quantity = held +
 * n, so reservations of earlier runs stay consistent) and writes the Gatling feeders {@code reservation-cold.csv} and
 * {@code reservation-hot.csv} ({@code storeId,offerId}); the hot offers lie in different stores;</li>
 * <li>{@code check <jdbc-url> <out-file>} counts oversold offers ({@code held > quantity}) and offers whose
 * {@code held} differs from the sum of their open reservation items, and writes the counts as properties;</li>
 * <li>{@code summary <results-dir> <out-file>} turns the recorded response times and status counts, the checks and
 * the load averages into Markdown.</li>
 * </ul>
 */
public final class ReservationBench {

    /** Folder names of the runs under the results folder, as the script passes them to Gatling. */
    static final String COLD = "reservations-cold";
    static final String HOT = "reservations-hot";
    /** Written by the simulation next to each run: how many answers had which status. */
    static final String COUNTS_FILE = "status-counts.properties";
    /** Written by {@code check} after each run. */
    static final String CHECK_FILE = "stock-check.properties";
    /** Lines {@code <run> <1-minute load average before> <after>}, written by the script. */
    static final String LOAD_FILE = "loadavg.txt";
    static final String MEASURED = "reserve";

    static final double TARGET_RATE = 300;
    static final double TARGET_P95_MS = 50;

    private static final String OPEN = "('REQUESTED','CONFIRMED','READY')";
    private static final long SEED = 20_261_122L;

    private ReservationBench() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            throw new IllegalArgumentException("usage: prepare <jdbc-url> <out-dir> <cold-offers> <cold-quantity>"
                    + " <hot-offers> <hot-quantity> | check <jdbc-url> <out-file> | summary <results-dir> <out-file>");
        }
        String result = switch (args[0]) {
            case "prepare" -> prepare(argument(args, 1), Path.of(argument(args, 2)),
                    Integer.parseInt(argument(args, 3)), Integer.parseInt(argument(args, 4)),
                    Integer.parseInt(argument(args, 5)), Integer.parseInt(argument(args, 6)));
            case "check" -> check(argument(args, 1), Path.of(argument(args, 2)));
            case "summary" -> summary(Path.of(argument(args, 1)), Path.of(argument(args, 2)));
            default -> throw new IllegalArgumentException("unknown command " + args[0]);
        };
        System.out.println(result);
    }

    private static String argument(String[] args, int index) {
        if (args.length <= index) {
            throw new IllegalArgumentException(args[0] + " needs " + index + " argument(s)");
        }
        return args[index];
    }

    private record OfferRef(long storeId, long offerId) {
    }

    static String prepare(String jdbcUrl, Path outDir, int coldCount, int coldQuantity, int hotCount, int hotQuantity)
            throws SQLException, IOException {
        List<OfferRef> offers = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl)) {
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT o.store_id, o.id FROM offer o"
                            + " JOIN store s ON s.id = o.store_id JOIN merchant m ON m.id = s.merchant_id"
                            + " WHERE s.pickup_enabled AND m.active ORDER BY o.id")) {
                while (rows.next()) {
                    offers.add(new OfferRef(rows.getLong(1), rows.getLong(2)));
                }
            }
            if (offers.size() < coldCount + hotCount) {
                throw new IllegalStateException("only " + offers.size() + " offers in stores taking reservations, "
                        + (coldCount + hotCount) + " needed");
            }
            Collections.shuffle(offers, new Random(SEED));
            List<OfferRef> hot = new ArrayList<>();
            Set<Long> hotStores = new HashSet<>();
            for (OfferRef offer : offers) {
                if (hot.size() < hotCount && hotStores.add(offer.storeId())) {
                    hot.add(offer);
                }
            }
            List<OfferRef> cold = new ArrayList<>(offers);
            cold.removeAll(hot);
            cold = cold.subList(0, coldCount);
            connection.setAutoCommit(false);
            setAvailable(connection, hot, hotQuantity);
            setAvailable(connection, cold, coldQuantity);
            connection.commit();
            writeFeeder(outDir.resolve("reservation-hot.csv"), hot);
            writeFeeder(outDir.resolve("reservation-cold.csv"), cold);
            return String.format(Locale.ROOT, "prepared: %d hot offers in %d stores with %d available each, %d cold"
                    + " offers in %d stores with %d available each", hot.size(), hotStores.size(), hotQuantity,
                    cold.size(), cold.stream().map(OfferRef::storeId).distinct().count(), coldQuantity);
        }
    }

    private static void setAvailable(Connection connection, List<OfferRef> offers, int available) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE offer SET quantity = held + ? WHERE id = ?")) {
            for (OfferRef offer : offers) {
                update.setInt(1, available);
                update.setLong(2, offer.offerId());
                update.addBatch();
            }
            update.executeBatch();
        }
    }

    private static void writeFeeder(Path file, List<OfferRef> offers) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("storeId,offerId\n");
            for (OfferRef offer : offers) {
                out.write(offer.storeId() + "," + offer.offerId() + "\n");
            }
        }
    }

    static String check(String jdbcUrl, Path out) throws SQLException, IOException {
        Properties result = new Properties();
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
                Statement statement = connection.createStatement()) {
            result.setProperty("oversold", count(statement, "SELECT COUNT(*) FROM offer WHERE held > quantity"));
            result.setProperty("heldMismatch", count(statement, "SELECT COUNT(*) FROM offer o LEFT JOIN"
                    + " (SELECT i.offer_id, SUM(i.quantity) AS open_quantity FROM reservation_item i"
                    + " JOIN reservation r ON r.id = i.reservation_id WHERE r.status IN " + OPEN
                    + " GROUP BY i.offer_id) h ON h.offer_id = o.id WHERE o.held <> COALESCE(h.open_quantity, 0)"));
            result.setProperty("openReservations",
                    count(statement, "SELECT COUNT(*) FROM reservation WHERE status IN " + OPEN));
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            result.store(writer, "stock check after the run");
        }
        return "check: " + result.getProperty("oversold") + " offers oversold, " + result.getProperty("heldMismatch")
                + " offers whose held differs from their open reservation items, "
                + result.getProperty("openReservations") + " open reservations";
    }

    private static String count(Statement statement, String sql) throws SQLException {
        try (ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return String.valueOf(rows.getLong(1));
        }
    }

    static String summary(Path results, Path out) throws IOException {
        List<String> load = Files.isRegularFile(results.resolve(LOAD_FILE))
                ? Files.readAllLines(results.resolve(LOAD_FILE), StandardCharsets.UTF_8) : List.of();
        StringBuilder md = new StringBuilder("## Reservations\n\n");
        md.append("| run | requests | requests/s | 201 | 409 | other/KO | reservations/s | p50 ms | p95 ms | p99 ms | max ms"
                + " | oversold | held ≠ open items | load avg before → after |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        Optional<Row> cold = row(results, COLD, load);
        Optional<Row> hot = row(results, HOT, load);
        cold.ifPresent(r -> md.append(r.markdown("cold")));
        hot.ifPresent(r -> md.append(r.markdown("hot")));
        md.append("\nreservations/s counts the 201 answers of the measured minute; on the hot offers it ends when their"
                + " stock is sold out, requests/s includes the 409 answers. Each client sends one reservation per pace"
                + " (clients ÷ rate), so requests/s stays at the offered rate while answers come back within the pace"
                + " and falls below it when the platform cannot keep up. Percentiles as recorded by the simulation"
                + " (nearest rank over all requests, a missing answer as 10 s).\n\n");
        md.append("| target | measured | met |\n|---|---|:---:|\n");
        cold.ifPresent(r -> {
            md.append(String.format(Locale.ROOT, "| ≥ %.0f reservations/s on cold items | %.1f/s | %s |\n",
                    TARGET_RATE, r.rate(), r.rate() >= TARGET_RATE ? "yes" : "no"));
            md.append(String.format(Locale.ROOT, "| p95 ≤ %.0f ms on cold items | %.0f ms | %s |\n", TARGET_P95_MS,
                    r.stats().p95(), r.stats().p95() <= TARGET_P95_MS ? "yes" : "no"));
        });
        boolean clean = cold.isPresent() || hot.isPresent();
        for (Optional<Row> r : List.of(cold, hot)) {
            if (r.isPresent() && (r.get().oversold() != 0 || r.get().mismatch() != 0)) {
                clean = false;
            }
        }
        md.append("| zero oversell (held ≤ quantity, held = open reservation items) | ")
                .append(clean ? "0 oversold" : "see table").append(" | ").append(clean ? "yes" : "no").append(" |\n");
        String text = md.toString();
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
        return text;
    }

    private record Row(RequestStats stats, long created, long conflicts, long other, long seconds, long oversold,
            long mismatch, String load) {

        double rate() {
            return seconds == 0 ? 0 : (double) created / seconds;
        }

        double requestRate() {
            return seconds == 0 ? 0 : (double) stats.total() / seconds;
        }

        String markdown(String name) {
            return String.format(Locale.ROOT, "| %s | %d | %.1f | %d | %d | %d | **%.1f** | %.0f | **%.0f** | %.0f | %.0f | %d"
                    + " | %d | %s |\n", name, stats.total(), requestRate(), created, conflicts, other, rate(), stats.p50(),
                    stats.p95(), stats.p99(), stats.max(), oversold, mismatch, load);
        }
    }

    private static Optional<Row> row(Path results, String run, List<String> load) throws IOException {
        Properties counts = properties(results.resolve(run).resolve(COUNTS_FILE));
        Optional<RequestStats> stats = ResponseTimes.load(MEASURED, counts);
        if (stats.isEmpty()) {
            return Optional.empty();
        }
        Properties check = properties(results.resolve(run).resolve(CHECK_FILE));
        long created = number(counts, "201");
        long conflicts = number(counts, "409");
        String loadText = load.stream().map(line -> line.split(" ")).filter(f -> f.length == 3 && f[0].equals(run))
                .map(f -> f[1] + " → " + f[2]).reduce((a, b) -> b).orElse("–");
        return Optional.of(new Row(stats.get(), created, conflicts, stats.get().total() - created - conflicts,
                number(counts, "seconds"), number(check, "oversold", -1), number(check, "heldMismatch", -1), loadText));
    }

    private static Properties properties(Path file) throws IOException {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    private static long number(Properties properties, String key) {
        return number(properties, key, 0);
    }

    /** A missing check counts as failed ({@code -1}), never as clean. */
    private static long number(Properties properties, String key, long missing) {
        String value = properties.getProperty(key);
        return value == null ? missing : Long.parseLong(value.strip());
    }
}
