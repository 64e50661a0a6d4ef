// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class UniqueTokenFilterTest {

    @Test
    void removesRepeatsAcrossTheStream() throws IOException {
        assertThat(Tokens.filter("kaffee tee kaffee tee bohne", in -> new UniqueTokenFilter(in, false)))
            .containsExactly("kaffee", "tee", "bohne");
    }

    @Test
    void onlyOnSamePositionKeepsRepeatsAtLaterPositions() throws IOException {
        assertThat(Tokens.filter("kaffee kaffee", in -> new UniqueTokenFilter(new KeywordRepeatFilter(in), true)))
            .containsExactly("kaffee", "kaffee");
    }
}
