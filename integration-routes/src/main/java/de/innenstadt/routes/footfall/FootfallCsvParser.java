// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.footfall;

import de.innenstadt.core.city.FootfallReading;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
 * <p>A file is taken whole or not at all: the first bad row stops the import with its line number,
 * so a half-read file never becomes a half-true chart.
 */
public final class FootfallCsvParser {

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
     * All rows of a file as it was downloaded: UTF-8 when its bytes are UTF-8, else ISO-8859-1 (the
     * encoding of hystreet's German download), so „Fußgänger“ reads right either way.
     *
     * @throws FootfallFormatException naming the line of the first bad row, or the missing columns
     */
    public List<FootfallReading> parse(byte[] file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException notUtf8) {
            text = new String(file, StandardCharsets.ISO_8859_1);
        }
        return parse(new StringReader(text));
    }

    /**
     * All rows of the file.
     *
     * @throws FootfallFormatException naming the line of the first bad row, or the missing columns
     */
    public List<FootfallReading> parse(Reader input) {
        try (BufferedReader reader = new BufferedReader(input)) {
            String header = reader.readLine();
            if (header == null) {
                throw new FootfallFormatException("The file is empty; expected a header line");
            }
            Map<String, Integer> columns = columns(header.replace("\uFEFF", ""));
            if (!columns.containsKey("location_id") && columns.containsKey("location_name")) {
                columns.put("location_id", columns.get("location_name"));
            }
            for (String required : List.of("timestamp", "location_id", "pedestrians_count")) {
                if (!columns.containsKey(required)) {
                    throw new FootfallFormatException("Line 1: the column '" + required + "' is missing (columns are separated by ';')");
                }
            }
            List<FootfallReading> readings = new ArrayList<>();
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                readings.add(row(line.split(";", -1), columns, number));
            }
            return readings;
        } catch (IOException e) {
            throw new UncheckedIOException("The footfall file could not be read", e);
        }
    }

    private FootfallReading row(String[] cells, Map<String, Integer> columns, int line) {
        Map<String, String> values = new HashMap<>();
        columns.forEach((name, index) -> values.put(name, index < cells.length ? unquote(cells[index]) : null));
        try {
            Integer pedestrians = FootfallValues.count(values.get("pedestrians_count"), "pedestrians_count");
            if (pedestrians == null) {
                throw new IllegalArgumentException("pedestrians_count is empty (a missing hour is left out, not sent empty)");
            }
            String timestamp = Optional.ofNullable(values.get("timestamp")).filter(t -> !t.isBlank())
                    .orElseThrow(() -> new IllegalArgumentException("timestamp is empty"));
            return new FootfallReading(values.get("location_id"), values.get("location_name"),
                    FootfallValues.hourUtc(timestamp, localZone), pedestrians,
                    FootfallValues.count(values.get("ltr_pedestrians_count"), "ltr_pedestrians_count"),
                    FootfallValues.count(values.get("rtl_pedestrians_count"), "rtl_pedestrians_count"),
                    FootfallValues.count(values.get("adult_pedestrians_count"), "adult_pedestrians_count"),
                    FootfallValues.count(values.get("child_pedestrians_count"), "child_pedestrians_count"),
                    FootfallValues.temperature(values.get("temperature")),
                    FootfallValues.text(values.get("weather_condition")),
                    FootfallValues.flag(values.get("unverified"), "unverified"),
                    FootfallValues.text(values.get("incident")));
        } catch (IllegalArgumentException e) {
            throw new FootfallFormatException("Line " + line + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, Integer> columns(String header) {
        Map<String, Integer> columns = new HashMap<>();
        String[] names = header.split(";", -1);
        for (int i = 0; i < names.length; i++) {
            String name = unquote(names[i]).strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_")
                    .replaceAll("[()]", "");
            if (name.startsWith(DIRECTION_PREFIX)) {
                name = columns.containsKey("ltr_pedestrians_count") ? "rtl_pedestrians_count" : "ltr_pedestrians_count";
            }
            columns.putIfAbsent(ALIASES.getOrDefault(name, name), i);
        }
        return columns;
    }

    private static String unquote(String cell) {
        String value = cell.strip();
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1).replace("\"\"", "\"") : value;
    }
}
