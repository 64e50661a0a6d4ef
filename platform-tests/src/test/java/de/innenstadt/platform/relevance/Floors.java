// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The ratchet: the worst figures the search may fall to, read from {@code relevance/floors.properties}.
 * They start just below what search achieves today and are raised as it improves, so that a change
 * which makes search worse fails the build even while the targets are still out of reach.
 */
public record Floors(double ndcgMin, double precisionMin, double outOfStockShareMax, double crowdingPerQueryMax,
        int emptyAnswersMax, double unanswerableZeroHitShareMin) {

    public static final String RESOURCE = "/relevance/floors.properties";

    public static Floors loadDefault() {
        InputStream in = Floors.class.getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException(RESOURCE + " is missing from the class path");
        }
        Properties properties = new Properties();
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        return new Floors(number(properties, "ndcg10.min"), number(properties, "p3.min"),
                number(properties, "outOfStockShare.max"), number(properties, "variantCrowdingPerQuery.max"),
                (int) number(properties, "emptyAnswers.max"), number(properties, "unanswerableZeroHitShare.min"));
    }

    /** Every figure that crossed its floor, as a sentence; empty when all hold. */
    public List<String> violations(Figures figures) {
        List<String> violations = new ArrayList<>();
        below(violations, "nDCG@10", figures.ndcg(), ndcgMin);
        below(violations, "P@3", figures.precision(), precisionMin);
        above(violations, "out-of-stock share", figures.outOfStockShare(), outOfStockShareMax);
        above(violations, "variant crowding per query", figures.crowdingPerQuery(), crowdingPerQueryMax);
        above(violations, "empty answers for answerable queries", figures.emptyAnswers(), emptyAnswersMax);
        below(violations, "zero-hit share of unanswerable queries", figures.unanswerableZeroHitShare(),
                unanswerableZeroHitShareMin);
        return violations;
    }

    private static void below(List<String> violations, String name, double value, double floor) {
        if (Double.isNaN(value) || value < floor) {
            violations.add(String.format(Locale.ROOT, "%s is %.3f, below its floor %.3f", name, value, floor));
        }
    }

    private static void above(List<String> violations, String name, double value, double ceiling) {
        if (Double.isNaN(value) || value > ceiling) {
            violations.add(String.format(Locale.ROOT, "%s is %.3f, above its ceiling %.3f", name, value, ceiling));
        }
    }

    private static double number(Properties properties, String key) {
        String value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(RESOURCE + " has no " + key);
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException(RESOURCE + ": " + key + " is not a number: " + value, e);
        }
    }
}
