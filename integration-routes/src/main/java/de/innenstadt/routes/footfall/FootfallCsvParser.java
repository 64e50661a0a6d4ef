// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.footfall;

import de.innenstadt.core.city.FootfallProblem;
import de.innenstadt.core.city.FootfallReading;
import de.innenstadt.core.city.FootfallRejection;
import de.innenstadt.core.feed.FeedFormatException;
import de.innenstadt.routes.format.DelimitedRows;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code ;}-separated CSV download of laser pedestrian counters: one row per counting
 * point and hour with {@code timestamp}, {@code location_id}, {@code location_name},
 * {@code pedestrians_count}, {@code ltr_pedestrians_count}, {@code rtl_pedestrians_count},
 * {@code adult_pedestrians_count}, {@code child_pedestrians_count}, {@code temperature},
 * {@code weather_condition}, {@code unverified} and {@code incidents}. Columns are found by header
 * name (case and spaces do not matter, short forms such as {@code ltr} or {@code adult} are
 * accepted); only timestamp, location and count are required.
 *
 * <p>hystreet's own downloads are read as they come: the German one
 * ({@code Lage;Zeitpunkt der Messung;Wochentag;Fußgänger insgesamt;Temperatur in ºc;Wetterlage;
 * Fußgänger insgesamt Richtung <Ort>;…;Erwachsene;Kinder;…}, ISO-8859-1) and the English one
 * ({@code location;time of measurement;weekday;pedestrians count;temperature in ºc;weather
 * condition;incidents}, UTF-8), with local times and offsets ({@code 2022-06-01 00:00:00 +0200}).
 * They name the place, not an id: the name is the id. The two direction columns are named after the
 * places the directions lead to; the first is stored as left to right. An hour with an incident
 * („Laserausfall“) is an outage, not a count of zero.
 *
 * <p>A row that cannot be read is refused with its line, column, value and problem, and the other
 * rows are read: the refused hour stays a gap, which is what it is. The same counting point and hour
 * twice in one file is refused the second time, naming the first line. The file as a whole is
 * refused when it is no table (the feeds' rules for empty, binary, compressed and endless content
 * apply), lacks a required column, or has no rows.
 */
public final class FootfallCsvParser {

    /** What one file held: the readable hours, the refused rows, and how many rows there were. */
    public record FootfallFile(List<FootfallReading> readings, List<FootfallRejection> rejections, int rows) {
    }

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("time", "timestamp"),
            Map.entry("location", "location_id"),
            Map.entry("id", "location_id"),
            Map.entry("name", "location_name"),
            Map.entry("pedestrians", "pedestrians_count"),
            Map.entry("ltr", "ltr_pedestrians_count"),
            Map.entry("rtl", "rtl_pedestrians_count"),
            Map.entry("adult", "adult_pedestrians_count"),
            Map.entry("adults", "adult_pedestrians_count"),
            Map.entry("child", "child_pedestrians_count"),
            Map.entry("children", "child_pedestrians_count"),
            Map.entry("weather", "weather_condition"),
            Map.entry("temperature_in_c", "temperature"),
            Map.entry("temperature_in_ºc", "temperature"),
            Map.entry("temperature_in_°c", "temperature"),
            Map.entry("incidents", "incident"),
            // hystreet's download, English and German
            Map.entry("time_of_measurement", "timestamp"),
            Map.entry("zeitpunkt_der_messung", "timestamp"),
            Map.entry("lage", "location_name"),
            Map.entry("fußgänger_insgesamt", "pedestrians_count"),
            Map.entry("temperatur_in_ºc", "temperature"),
            Map.entry("temperatur_in_°c", "temperature"),
            Map.entry("wetterlage", "weather_condition"),
            Map.entry("erwachsene", "adult_pedestrians_count"),
            Map.entry("kinder", "child_pedestrians_count"),
            Map.entry("vorkommnisse", "incident"),
            Map.entry("vorfälle", "incident"));
    /** hystreet names the two directions after where they lead: „Fußgänger insgesamt Richtung Neumarkt“. */
    private static final String DIRECTION_PREFIX = "fußgänger_insgesamt_richtung_";

    private final ZoneId localZone;

    /** @param localZone the zone of timestamps that carry no offset (the city's) */
    public FootfallCsvParser(ZoneId localZone) {
        this.localZone = localZone;
    }

    /**
     * All rows of a file as it was downloaded or uploaded: UTF-8 when its bytes are UTF-8, else
     * ISO-8859-1 (the encoding of hystreet's German download), so „Fußgänger“ reads right either way;
     * gzip and zip are unpacked.
     *
     * @throws FootfallFormatException when the file as a whole cannot be read, with its problem
     */
    public FootfallFile parse(InputStream file) {
        try {
            DelimitedRows rows = DelimitedRows.open(file, ';');
            List<String> headings = rows.next().map(DelimitedRows.Row::fields).orElse(List.of());
            Map<String, Integer> columns = columns(headings);
            if (!columns.containsKey("location_id") && columns.containsKey("location_name")) {
                columns.put("location_id", columns.get("location_name"));
            }
            for (String required : List.of("timestamp", "location_id", "pedestrians_count")) {
                if (!columns.containsKey(required)) {
                    throw new FootfallFormatException(FootfallProblem.COLUMN_MISSING, required,
                            "Line 1: the column '" + required + "' is missing (columns are separated by ';')");
                }
            }
            List<FootfallReading> readings = new ArrayList<>();
            List<FootfallRejection> rejections = new ArrayList<>();
            Map<String, Integer> lineOfHour = new HashMap<>();
            int count = 0;
            for (Optional<DelimitedRows.Row> row = rows.nextNonBlank(); row.isPresent(); row = rows.nextNonBlank()) {
                count++;
                int line = (int) row.get().line();
                try {
                    FootfallReading reading = reading(row.get().fields(), columns);
                    Integer earlier = lineOfHour.putIfAbsent(reading.locationId() + '@' + reading.hourStart(), line);
                    if (earlier != null) {
                        rejections.add(new FootfallRejection(line, FootfallProblem.HOUR_TWICE, null, earlier.toString()));
                    } else {
                        readings.add(reading);
                    }
                } catch (FootfallValueException e) {
                    rejections.add(new FootfallRejection(line, e.problem(), heading(headings, columns, e.column()), e.value()));
                }
            }
            if (count == 0) {
                throw new FootfallFormatException(FootfallProblem.NO_ROWS, null, "The file has a header line and no rows");
            }
            return new FootfallFile(readings, rejections, count);
        } catch (FeedFormatException e) {
            throw new FootfallFormatException(FootfallProblem.UNREADABLE, e.getMessage(), e.getMessage());
        }
    }

    private FootfallReading reading(List<String> cells, Map<String, Integer> columns) {
        Map<String, String> values = new HashMap<>();
        columns.forEach((name, index) -> values.put(name, index < cells.size() ? cells.get(index).strip() : null));
        String timestamp = Optional.ofNullable(values.get("timestamp")).filter(t -> !t.isBlank())
                .orElseThrow(() -> new FootfallValueException(FootfallProblem.TIMESTAMP_EMPTY, "timestamp", null, "is empty"));
        String location = Optional.ofNullable(values.get("location_id")).filter(t -> !t.isBlank())
                .orElseThrow(() -> new FootfallValueException(FootfallProblem.LOCATION_EMPTY, "location_id", null, "is empty"));
        Integer pedestrians = FootfallValues.count(values.get("pedestrians_count"), "pedestrians_count");
        if (pedestrians == null) {
            // a missing hour is left out of a file, not sent empty
            throw new FootfallValueException(FootfallProblem.COUNT_EMPTY, "pedestrians_count", null, "is empty");
        }
        return new FootfallReading(location, values.get("location_name"),
                FootfallValues.hourUtc(timestamp, localZone), pedestrians,
                FootfallValues.count(values.get("ltr_pedestrians_count"), "ltr_pedestrians_count"),
                FootfallValues.count(values.get("rtl_pedestrians_count"), "rtl_pedestrians_count"),
                FootfallValues.count(values.get("adult_pedestrians_count"), "adult_pedestrians_count"),
                FootfallValues.count(values.get("child_pedestrians_count"), "child_pedestrians_count"),
                FootfallValues.temperature(values.get("temperature")),
                FootfallValues.text(values.get("weather_condition")),
                FootfallValues.flag(values.get("unverified"), "unverified"),
                FootfallValues.text(values.get("incident")));
    }

    /** The file's own heading of a column („Fußgänger insgesamt“), which is what the city manager sees in the file. */
    private static String heading(List<String> headings, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? column : headings.get(index).strip();
    }

    private static Map<String, Integer> columns(List<String> headings) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < headings.size(); i++) {
            String name = headings.get(i).strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_")
                    .replaceAll("[()]", "");
            if (name.startsWith(DIRECTION_PREFIX)) {
                name = columns.containsKey("ltr_pedestrians_count") ? "rtl_pedestrians_count" : "ltr_pedestrians_count";
            }
            columns.putIfAbsent(ALIASES.getOrDefault(name, name), i);
        }
        return columns;
    }
}
