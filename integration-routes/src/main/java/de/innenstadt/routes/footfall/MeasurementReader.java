// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.footfall;

import de.innenstadt.core.city.FootfallReading;
import de.innenstadt.routes.footfall.FootfallApiClient.ApiLocation;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One hourly measurement of a counter API, in either of the shapes hystreet has answered with:
 * <ul>
 * <li>the first API: {@code timestamp} (local with offset), {@code pedestrians_count},
 * {@code unverified}, {@code temperature}, {@code weather_condition}, and a {@code details} object with
 * {@code ltr_/rtl_/adult_/child_pedestrians_count};</li>
 * <li>v2: {@code measured_at} (UTC), {@code total_count}, {@code counts[]} with {@code direction},
 * {@code count}, {@code object_subtype} (ADULT, CHILD), {@code zone} and {@code collection_type}, and
 * {@code weather_conditions} with {@code description} and {@code temperature}.</li>
 * </ul>
 * In v2 the directions are named after where they lead; the first direction of the hour is stored
 * as left to right. An hour with any count not {@code measured} (hystreet calls the rest modelled
 * data) is kept and flagged unverified.
 */
final class MeasurementReader {

    private MeasurementReader() {
    }

    static FootfallReading read(ApiLocation location, JsonObject measurement, ZoneId localZone) {
        if (measurement.containsKey("total_count") || measurement.containsKey("measured_at")) {
            return version2(location, measurement, localZone);
        }
        JsonObject details = measurement.containsKey("details") && !measurement.isNull("details")
                ? measurement.getJsonObject("details") : measurement;
        Integer pedestrians = number(measurement, "pedestrians_count");
        if (pedestrians == null) {
            throw new IllegalArgumentException("pedestrians_count is missing");
        }
        return new FootfallReading(location.id(), location.name(),
                FootfallValues.hourUtc(required(measurement, "timestamp"), localZone), pedestrians,
                number(details, "ltr_pedestrians_count"), number(details, "rtl_pedestrians_count"),
                number(details, "adult_pedestrians_count"), number(details, "child_pedestrians_count"),
                FootfallValues.temperature(raw(measurement, "temperature")),
                FootfallValues.text(raw(measurement, "weather_condition")),
                measurement.getBoolean("unverified", false), null);
    }

    private static FootfallReading version2(ApiLocation location, JsonObject measurement, ZoneId localZone) {
        Integer total = number(measurement, "total_count");
        if (total == null) {
            throw new IllegalArgumentException("total_count is missing");
        }
        String at = raw(measurement, "measured_at");
        if (at == null) {
            at = required(measurement, "measured_at_local_time");
        }
        Map<String, Integer> byDirection = new LinkedHashMap<>();
        Integer adults = null;
        Integer children = null;
        boolean modelled = false;
        if (measurement.containsKey("counts") && !measurement.isNull("counts")) {
            for (JsonValue value : measurement.getJsonArray("counts")) {
                JsonObject count = value.asJsonObject();
                int n = count.getInt("count");
                String direction = raw(count, "direction");
                if (direction != null) {
                    byDirection.merge(direction, n, Integer::sum);
                }
                String subtype = String.valueOf(raw(count, "object_subtype")).toUpperCase(Locale.ROOT);
                if (subtype.equals("ADULT")) {
                    adults = (adults == null ? 0 : adults) + n;
                } else if (subtype.equals("CHILD")) {
                    children = (children == null ? 0 : children) + n;
                }
                String collection = raw(count, "collection_type");
                modelled |= collection != null && !collection.equalsIgnoreCase("measured");
            }
        }
        Integer[] directions = byDirection.size() == 2 ? byDirection.values().toArray(Integer[]::new) : new Integer[2];
        JsonObject weather = measurement.containsKey("weather_conditions") && !measurement.isNull("weather_conditions")
                ? measurement.getJsonObject("weather_conditions") : JsonValue.EMPTY_JSON_OBJECT;
        return new FootfallReading(location.id(), location.name(), FootfallValues.hourUtc(at, localZone), total,
                directions[0], directions[1], adults, children,
                FootfallValues.temperature(raw(weather, "temperature")), FootfallValues.text(raw(weather, "description")),
                modelled, null);
    }

    static String required(JsonObject object, String field) {
        String value = raw(object, field);
        if (value == null) {
            throw new FootfallFormatException("The field '" + field + "' is missing in " + object);
        }
        return value;
    }

    static String raw(JsonObject object, String field) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return value instanceof JsonString text ? text.getString() : value.toString();
    }

    private static Integer number(JsonObject object, String field) {
        JsonValue value = object.get(field);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (value instanceof JsonNumber number && number.isIntegral()) {
            return number.intValueExact();
        }
        throw new IllegalArgumentException(field + " is not a whole number: " + value);
    }
}
