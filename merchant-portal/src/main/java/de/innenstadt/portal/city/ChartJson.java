// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.city;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.ResourceBundle;

/**
 * Chart.js configurations for {@code p:chart} (PrimeFaces 15 takes the configuration as JSON).
 * A missing value is {@code null}, which Chart.js draws as a break in the line: a counter outage
 * must look like a hole, never like a dip to zero.
 */
final class ChartJson {

    private static final String FOOTFALL_COLOUR = "#1f5f8b";
    private static final String BASELINE_COLOUR = "#7a7a7a";
    private static final String GAP_COLOUR = "rgba(200, 60, 40, 0.25)";
    private static final String BAND_COLOUR = "rgba(31, 95, 139, 0.25)";

    private ChartJson() {
    }

    /** Pedestrians as a line with breaks, temperature on a second axis, gaps as shaded bars. */
    static String line(List<String> labels, List<Long> counts, List<Double> temperatures, List<Boolean> gaps,
            ResourceBundle msg) {
        long top = counts.stream().filter(c -> c != null).mapToLong(Long::longValue).max().orElse(1);
        JsonArrayBuilder gapBars = Json.createArrayBuilder();
        gaps.forEach(gap -> {
            if (gap) {
                gapBars.add(top);
            } else {
                gapBars.addNull();
            }
        });
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(msg.getString("city.col.pedestrians"), longs(counts), "line", FOOTFALL_COLOUR)
                        .add("spanGaps", false).add("pointRadius", 0).add("borderWidth", 2).add("yAxisID", "y"))
                .add(dataset(msg.getString("city.col.temperature"), doubles(temperatures), "line", "#b35c00")
                        .add("spanGaps", false).add("pointRadius", 0).add("borderWidth", 1)
                        .add("borderDash", Json.createArrayBuilder().add(4).add(4)).add("yAxisID", "y1"))
                .add(dataset(msg.getString("city.chart.gap"), gapBars, "bar", GAP_COLOUR)
                        .add("barPercentage", 1.0).add("categoryPercentage", 1.0).add("yAxisID", "y"));
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add("y", axis(msg.getString("city.col.pedestrians")).add("beginAtZero", true).add("position", "left"))
                .add("y1", axis("°C").add("position", "right").add("grid", Json.createObjectBuilder().add("drawOnChartArea", false)));
        return config("line", labels, datasets, scales, true, false);
    }

    /** Uplift per counting point with its band as floating bars. */
    static String uplift(List<String> points, List<Double> uplift, List<double[]> band, ResourceBundle msg) {
        JsonArrayBuilder bandData = Json.createArrayBuilder();
        band.forEach(range -> {
            if (range == null) {
                bandData.addNull();
            } else {
                bandData.add(Json.createArrayBuilder().add(range[0]).add(range[1]));
            }
        });
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(msg.getString("city.col.uplift"), doubles(uplift), "bar", FOOTFALL_COLOUR))
                .add(dataset(msg.getString("city.col.band"), bandData, "bar", BAND_COLOUR));
        JsonObjectBuilder scales = Json.createObjectBuilder().add("y", axis("%"));
        return config("bar", points, datasets, scales, false, false);
    }

    /** During a campaign against the baseline mean. */
    static String comparison(List<String> labels, List<Double> during, List<Double> baseline, ResourceBundle msg) {
        JsonArrayBuilder datasets = Json.createArrayBuilder()
                .add(dataset(msg.getString("city.col.during"), doubles(during), "bar", FOOTFALL_COLOUR))
                .add(dataset(msg.getString("city.col.baseline"), doubles(baseline), "bar", BASELINE_COLOUR));
        return config("bar", labels, datasets, Json.createObjectBuilder().add("y", axis("").add("beginAtZero", true)), false, false);
    }

    /** Horizontal bars, one per label. */
    static String bars(List<String> labels, List<Double> values, String name) {
        JsonArrayBuilder datasets = Json.createArrayBuilder().add(dataset(name, doubles(values), "bar", FOOTFALL_COLOUR));
        return config("bar", labels, datasets, Json.createObjectBuilder().add("x", axis("").add("beginAtZero", true)), false, true);
    }

    /** Colours told apart with the common colour-vision deficiencies (after Okabe and Ito), in series order. */
    private static final List<String> SERIES_COLOURS = List.of("#1f5f8b", "#b35c00", "#2e7d32", "#7b3294", "#555555", "#c51b7d");

    /** Several series side by side per label, e.g. every street per weekday. */
    static String groupedBars(List<String> labels, List<String> names, List<List<Double>> series, String axisTitle) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < names.size(); i++) {
            datasets.add(dataset(names.get(i), doubles(series.get(i)), "bar", SERIES_COLOURS.get(i % SERIES_COLOURS.size())));
        }
        return config("bar", labels, datasets, Json.createObjectBuilder().add("y", axis(axisTitle).add("beginAtZero", true)), false, false);
    }

    private static String config(String type, List<String> labels, JsonArrayBuilder datasets, JsonObjectBuilder scales,
            boolean manyPoints, boolean horizontal) {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("responsive", true)
                .add("maintainAspectRatio", false)
                .add("animation", false)
                .add("scales", scales)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        if (manyPoints) {
            options.add("interaction", Json.createObjectBuilder().add("mode", "index").add("intersect", false));
        }
        return Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", options)
                .build()
                .toString();
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String type, String colour) {
        return Json.createObjectBuilder()
                .add("label", label)
                .add("type", type)
                .add("data", data)
                .add("borderColor", colour)
                .add("backgroundColor", colour);
    }

    private static JsonObjectBuilder axis(String title) {
        return Json.createObjectBuilder().add("title", Json.createObjectBuilder().add("display", !title.isEmpty()).add("text", title));
    }

    private static JsonArrayBuilder longs(List<Long> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(value -> {
            if (value == null) {
                array.addNull();
            } else {
                array.add(value);
            }
        });
        return array;
    }

    private static JsonArrayBuilder doubles(List<Double> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(value -> {
            if (value == null) {
                array.addNull();
            } else {
                array.add(value);
            }
        });
        return array;
    }
}
