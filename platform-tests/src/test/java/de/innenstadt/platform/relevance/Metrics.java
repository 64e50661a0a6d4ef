// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The benchmark's measures as pure functions of grades and hits, so that each formula is checked on
 * hand-computed examples (MetricsTest). Definitions and reasons in docs/relevance.md.
 */
public final class Metrics {

    /** Depth of nDCG, the out-of-stock share and variant crowding: the first page of results. */
    public static final int PAGE = 10;

    /** Depth of precision: what a phone shows without scrolling. */
    public static final int TOP = 3;

    private Metrics() {
    }

    /** Gain of a grade: 2^grade − 1, so an exact hit (3) counts three times a related one (1). */
    public static double gain(int grade) {
        return (1 << grade) - 1;
    }

    /** Discounted cumulative gain of the first {@code depth} grades, discount log2(rank + 1). */
    public static double dcg(List<Integer> grades, int depth) {
        double sum = 0;
        for (int i = 0; i < Math.min(depth, grades.size()); i++) {
            sum += gain(grades.get(i)) / (Math.log(i + 2) / Math.log(2));
        }
        return sum;
    }

    /**
     * The best possible first {@code depth} grades when the catalogue holds {@code exact} products of
     * grade 2 and {@code related} of grade 1.
     */
    public static List<Integer> idealGrades(long exact, long related, int depth) {
        List<Integer> ideal = new ArrayList<>(depth);
        for (int i = 0; i < depth && i < exact + related; i++) {
            ideal.add(i < exact ? 2 : 1);
        }
        return ideal;
    }

    /**
     * nDCG@depth: DCG of the shown grades over DCG of the ideal ones; NaN when the ideal is 0 (nothing
     * relevant exists). At most 1 even if the catalogue changed between reading it and searching.
     */
    public static double ndcg(List<Integer> shown, List<Integer> ideal, int depth) {
        double best = dcg(ideal, depth);
        if (best == 0) {
            return Double.NaN;
        }
        return Math.min(1.0, dcg(shown, depth) / best);
    }

    /**
     * Precision at {@code depth}: the share of the first {@code depth} places that hold a hit of
     * grade ≥ 1, out of as many places as the catalogue can fill ({@code min(depth, relevant)}), so a
     * query with two relevant products in the whole city can still score 1. NaN when nothing is relevant.
     */
    public static double precision(List<Integer> shown, int depth, long relevantInCatalogue) {
        long places = Math.min(depth, relevantInCatalogue);
        if (places == 0) {
            return Double.NaN;
        }
        long relevant = shown.stream().limit(depth).filter(grade -> grade >= 1).count();
        return Math.min(1.0, (double) relevant / places);
    }

    /** Hits beyond the first of their article: how many places variants of an article already shown take. */
    public static int variantCrowding(List<String> articleKeys) {
        Set<String> seen = new HashSet<>();
        int extra = 0;
        for (String key : articleKeys) {
            if (!seen.add(key)) {
                extra++;
            }
        }
        return extra;
    }

    /** Hits that cannot be bought anywhere right now. */
    public static int outOfStock(List<Hit> hits) {
        return (int) hits.stream().filter(Hit::outOfStock).count();
    }

    /** Mean of the numbers that are not NaN; NaN when there are none. */
    public static double mean(List<Double> values) {
        return values.stream().filter(v -> !v.isNaN()).mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }
}
