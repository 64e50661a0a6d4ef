// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class RegisterPolicyTest {

    @Test
    void everydayBrandAndLoanwordsAreKept() {
        assertThat(RegisterPolicy.allows(Set.of())).isTrue();
        assertThat(RegisterPolicy.allows(Set.of("ugs.", "Markenname"))).isTrue();
        assertThat(RegisterPolicy.allows(Set.of("ugs.", "engl."))).isTrue();
    }

    @Test
    void offensiveDatedTechnicalAndFigurativeWordsAreDropped() {
        for (String label : new String[] {"derb", "vulg.", "abwertend", "veraltet", "historisch", "fachspr.", "geh.", "fig.",
            "scherzhaft"}) {
            assertThat(RegisterPolicy.allows(Set.of("ugs.", label))).as(label).isFalse();
        }
    }

    @Test
    void otherRegionsAreDroppedUnlessOursIsNamedToo() {
        assertThat(RegisterPolicy.allows(Set.of("ugs.", "schweiz."))).isFalse();
        assertThat(RegisterPolicy.allows(Set.of("bair.", "rheinisch", "österr."))).isTrue();
        assertThat(RegisterPolicy.allows(Set.of("ugs.", "süddt."))).isTrue();
    }

    @Test
    void anUnknownLabelDropsTheTerm() {
        assertThat(RegisterPolicy.allows(Set.of("um"))).as("a phrase's complement, as in (sich) kümmern (um)").isFalse();
    }
}
