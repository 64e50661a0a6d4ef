// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

import java.util.List;

/**
 * The headline figures of a set of query outcomes; nDCG, P@3, out-of-stock share, crowding and empty
 * answers count only measured queries (answerable, not of kind none), the zero-hit share only those
 * of kind none.
 *
 * @param outOfStockShare out-of-stock hits over all hits shown on first pages
 * @param crowdingPerQuery mean number of extra variant hits per first page
 * @param emptyAnswers measured queries that got no hit at all
 * @param unanswerableWithZeroHits queries of kind none answered with nothing, as they should be
 * @param missingFromCatalogue queries judged answerable for which the catalogue holds nothing of grade 2
 */
public record Figures(int queries, int measured, double ndcg, double precision, double outOfStockShare,
        double crowdingPerQuery, int crowdingTotal, int emptyAnswers, int unanswerable, int unanswerableWithZeroHits,
        int missingFromCatalogue) {

    public static Figures of(List<QueryOutcome> outcomes) {
        List<QueryOutcome> measured = outcomes.stream().filter(QueryOutcome::measured).toList();
        long shown = measured.stream().mapToLong(o -> o.hits().size()).sum();
        long outOfStock = measured.stream().mapToLong(QueryOutcome::outOfStock).sum();
        int crowding = measured.stream().mapToInt(QueryOutcome::crowding).sum();
        List<QueryOutcome> unanswerable = outcomes.stream().filter(o -> o.judgment().unanswerable()).toList();
        return new Figures(outcomes.size(), measured.size(),
                Metrics.mean(measured.stream().map(QueryOutcome::ndcg).toList()),
                Metrics.mean(measured.stream().map(QueryOutcome::precision).toList()),
                shown == 0 ? Double.NaN : (double) outOfStock / shown,
                measured.isEmpty() ? Double.NaN : (double) crowding / measured.size(), crowding,
                (int) measured.stream().filter(QueryOutcome::empty).count(),
                unanswerable.size(), (int) unanswerable.stream().filter(QueryOutcome::empty).count(),
                (int) outcomes.stream().filter(QueryOutcome::missingFromCatalogue).count());
    }

    /** Share of the queries of kind none that got no hit; NaN when there are none. */
    public double unanswerableZeroHitShare() {
        return unanswerable == 0 ? Double.NaN : (double) unanswerableWithZeroHits / unanswerable;
    }
}
