// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FloorsTest {

    private final Floors floors = new Floors(0.5, 0.6, 0.03, 1.0, 90, 0.9);

    @Test
    void figuresAtTheirFloorsPass() {
        assertThat(floors.violations(new Figures(300, 280, 0.5, 0.6, 0.03, 1.0, 280, 90, 20, 18, 0))).isEmpty();
    }

    @Test
    void everyFigureThatCrossedItsFloorIsNamed() {
        assertThat(floors.violations(new Figures(300, 280, 0.49, 0.7, 0.031, 1.2, 336, 91, 20, 17, 0)))
                .containsExactly("nDCG@10 is 0.490, below its floor 0.500",
                        "out-of-stock share is 0.031, above its ceiling 0.030",
                        "variant crowding per query is 1.200, above its ceiling 1.000",
                        "empty answers for answerable queries is 91.000, above its ceiling 90.000",
                        "zero-hit share of unanswerable queries is 0.850, below its floor 0.900");
    }

    @Test
    void theRatchetFileHasEveryFloor() {
        assertThat(Floors.loadDefault().ndcgMin()).isBetween(0.0, 1.0);
    }
}
