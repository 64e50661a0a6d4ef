// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

import java.util.List;

/**
 * What one query got and how good that was.
 *
 * @param total the number of hits the API reported
 * @param hits the first page (at most {@link Metrics#PAGE})
 * @param grades the grade of each hit, in order
 * @param exactInCatalogue products of grade 2 in the whole catalogue: the query is answerable when above 0
 * @param relevantInCatalogue products of grade 1 or 2 in the whole catalogue
 * @param ndcg nDCG@10, NaN when nothing in the catalogue is relevant
 * @param precision P@3, NaN when nothing in the catalogue is relevant
 * @param outOfStock hits on the first page nobody has in stock
 * @param crowding hits on the first page whose article was already shown above
 * @param error why the API refused the query, or null
 */
public record QueryOutcome(Judgment judgment, long total, List<Hit> hits, List<Integer> grades, long exactInCatalogue,
        long relevantInCatalogue, double ndcg, double precision, int outOfStock, int crowding, String error) {

    public QueryOutcome {
        hits = List.copyOf(hits);
        grades = List.copyOf(grades);
    }

    /** The catalogue holds at least one product that is exactly what was asked. */
    public boolean answerable() {
        return exactInCatalogue > 0;
    }

    /** Counted in nDCG, P@3, out-of-stock share, crowding and empty answers. */
    public boolean measured() {
        return !judgment.unanswerable() && answerable();
    }

    /** The judgment says the city has it, but the catalogue holds nothing of grade 2: the set or the catalogue needs a look. */
    public boolean missingFromCatalogue() {
        return !judgment.unanswerable() && !answerable();
    }

    public boolean empty() {
        return total == 0;
    }
}
