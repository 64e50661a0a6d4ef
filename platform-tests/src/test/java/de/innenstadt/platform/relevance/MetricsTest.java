// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricsTest {

    private static final double EXACT = 1e-4;

    @Test
    void gainIsTwoToTheGradeMinusOne() {
        assertThat(Metrics.gain(0)).isZero();
        assertThat(Metrics.gain(1)).isEqualTo(1.0);
        assertThat(Metrics.gain(2)).isEqualTo(3.0);
    }

    @Test
    void dcgDiscountsEachPlaceByTheLogarithmOfItsRankPlusOne() {
        // 3/log2(2) + 0/log2(3) + 1/log2(4) = 3 + 0 + 0.5
        assertThat(Metrics.dcg(List.of(2, 0, 1), 10)).isCloseTo(3.5, within(EXACT));
        // only the first two places count at depth 2
        assertThat(Metrics.dcg(List.of(2, 0, 1), 2)).isCloseTo(3.0, within(EXACT));
    }

    @Test
    void theIdealRankingPutsAllExactProductsFirstThenTheRelatedOnesUpToTheDepth() {
        assertThat(Metrics.idealGrades(1, 5, 10)).containsExactly(2, 1, 1, 1, 1, 1);
        assertThat(Metrics.idealGrades(40, 7, 10)).containsExactly(2, 2, 2, 2, 2, 2, 2, 2, 2, 2);
        assertThat(Metrics.idealGrades(0, 0, 10)).isEmpty();
    }

    @Test
    void ndcgDividesByTheBestTheWholeCatalogueAllows() {
        // ideal 2,1,1,1,1,1: 3 + 1/log2(3) + 1/2 + 1/log2(5) + 1/log2(6) + 1/log2(7) = 5.30467
        // shown 0,2,1:       0 + 3/log2(3) + 1/2                                     = 2.39279
        List<Integer> ideal = Metrics.idealGrades(1, 5, 10);
        assertThat(Metrics.ndcg(List.of(0, 2, 1), ideal, 10)).isCloseTo(2.39279 / 5.30467, within(EXACT));
        assertThat(Metrics.ndcg(List.of(2, 1, 1, 1, 1, 1, 0, 0), ideal, 10)).isCloseTo(1.0, within(EXACT));
    }

    @Test
    void ndcgIsUndefinedWhenNothingIsRelevantAndNeverAboveOne() {
        assertThat(Metrics.ndcg(List.of(0, 0), List.of(), 10)).isNaN();
        // the catalogue changed between reading it and searching: more exact hits shown than it held
        assertThat(Metrics.ndcg(List.of(2, 2), Metrics.idealGrades(1, 0, 10), 10)).isEqualTo(1.0);
    }

    @Test
    void precisionCountsHitsOfGradeOneOrTwoAmongTheFirstThree() {
        assertThat(Metrics.precision(List.of(2, 0, 1, 2, 2), 3, 100)).isCloseTo(2.0 / 3, within(EXACT));
        assertThat(Metrics.precision(List.of(1, 1, 2), 3, 100)).isEqualTo(1.0);
        assertThat(Metrics.precision(List.of(0, 0, 0, 2), 3, 100)).isZero();
    }

    @Test
    void precisionCountsMissingPlacesAsWrongUnlessTheCatalogueCannotFillThem() {
        assertThat(Metrics.precision(List.of(2), 3, 100)).isCloseTo(1.0 / 3, within(EXACT));
        // only two relevant products in the whole city: both on top is perfect
        assertThat(Metrics.precision(List.of(2, 1, 0), 3, 2)).isEqualTo(1.0);
        assertThat(Metrics.precision(List.of(2, 0, 0), 3, 2)).isCloseTo(0.5, within(EXACT));
        assertThat(Metrics.precision(List.of(0, 0, 0), 3, 0)).isNaN();
    }

    @Test
    void variantCrowdingCountsEveryHitWhoseArticleWasShownAbove() {
        assertThat(Metrics.variantCrowding(List.of("a", "b", "a", "a", "c"))).isEqualTo(2);
        assertThat(Metrics.variantCrowding(List.of("a", "b", "c"))).isZero();
        assertThat(Metrics.variantCrowding(List.of())).isZero();
    }

    @Test
    void outOfStockCountsHitsNobodyHasInStock() {
        List<Hit> hits = List.of(Hit.of("1", "Schal Wolle grau", "", "mode", null, true),
                Hit.of("2", "Schal Wolle rot", "", "mode", null, false));
        assertThat(Metrics.outOfStock(hits)).isEqualTo(1);
    }

    @Test
    void theMeanLeavesOutUndefinedValues() {
        assertThat(Metrics.mean(List.of(1.0, Double.NaN, 0.5))).isCloseTo(0.75, within(EXACT));
        assertThat(Metrics.mean(List.of(Double.NaN))).isNaN();
    }
}
