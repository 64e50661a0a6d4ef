// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryDecompounderTest {

    private final QueryDecompounder decompounder = QueryDecompounder.bundled();

    @ParameterizedTest
    @CsvSource({
        "Kinderschuhe, kinder schuhe",
        "Laufschuh, lauf schuh",
        "Kaffeemaschine, kaffee maschine",
        "Fahrradhelm, fahrrad helm",
        "Arbeitsschuhe, arbeit schuhe",
        "Küchenwaage, küchen waage",
        "Regenjacken, regen jacke",
        "Damen Winterstiefel, Damen winter stiefel"
    })
    void splitsCompoundsIntoTheirParts(String query, String expected) {
        assertThat(decompounder.expand(query)).contains(expected);
    }

    @Test
    void leavesSimpleWordsAlone() {
        assertThat(decompounder.expand("Schuhe")).isEmpty();
        assertThat(decompounder.expand("Smartphone rot")).isEmpty();
        assertThat(decompounder.split("messing")).containsExactly("messing");
    }

    @Test
    void joinsWordsWrittenApartIntoOneCompound() {
        assertThat(decompounder.join("lauf schuhe")).contains("laufschuhe");
        assertThat(decompounder.join("Kinder Schuhe")).contains("kinderschuhe");
        assertThat(decompounder.join("schuhe")).isEmpty();
        assertThat(decompounder.join("jeans 32")).isEmpty();
        assertThat(decompounder.join("rote warme jacke damen")).isEmpty();
    }
}
