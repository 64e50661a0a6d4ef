// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.analysis;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class StemmerLanguagesTest {

    @Test
    void lightGermanStemsPluralToSingular() throws IOException {
        assertThat(Tokens.filter("fahrrader fahrrad", StemmerLanguages.forLanguage("light_german")))
            .containsExactly("fahrrad", "fahrrad");
    }

    @Test
    void germanVariantsAndEnglishAreSupported() throws IOException {
        assertThat(StemmerLanguages.supported()).contains("german", "german2", "light_german", "minimal_german", "english");
        assertThat(Tokens.filter("häuser", StemmerLanguages.forLanguage("German"))).containsExactly("haus");
        assertThat(Tokens.filter("running", StemmerLanguages.forLanguage("english"))).containsExactly("run");
    }

    @Test
    void unknownLanguageNamesTheSupportedOnes() {
        assertThatIllegalArgumentException().isThrownBy(() -> StemmerLanguages.forLanguage("klingon"))
            .withMessageContaining("light_german");
    }
}
