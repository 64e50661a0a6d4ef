// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThesaurusTermTest {

    @Test
    void annotationsAreTakenFromTrailingParentheses() {
        List<ThesaurusTerm> terms = ThesaurusTerm.parseLine("Schnupftuch;Tempo (ugs., Markenname);Taschentuch");

        assertThat(terms).containsExactly(
                new ThesaurusTerm("Schnupftuch", Set.of(), false),
                new ThesaurusTerm("Tempo", Set.of("ugs.", "Markenname"), false),
                new ThesaurusTerm("Taschentuch", Set.of(), false));
    }

    @Test
    void severalTrailingGroupsAreAllAnnotations() {
        assertThat(ThesaurusTerm.parse("Süßkram (leicht abwertend) (ugs.)"))
                .containsExactly(new ThesaurusTerm("Süßkram", Set.of("leicht abwertend", "ugs."), false));
    }

    @Test
    void aGluedOptionalEndingGivesBothWords() {
        assertThat(ThesaurusTerm.parse("Schuh(e) (Hauptform)")).extracting(ThesaurusTerm::text)
                .containsExactly("Schuh", "Schuhe");
    }

    @Test
    void optionalWordsMakeAPhrase() {
        assertThat(ThesaurusTerm.parse("(sich) schleppen").get(0).phrase()).isTrue();
        assertThat(ThesaurusTerm.parse("Lichtanlage (Fahrrad)").get(0).annotations()).containsExactly("Fahrrad");
    }

    @Test
    void wordsAreCountedAtSpaces() {
        assertThat(ThesaurusTerm.parse("tragbarer Computer").get(0).wordCount()).isEqualTo(2);
        assertThat(ThesaurusTerm.parse("T-Shirt").get(0).wordCount()).isEqualTo(1);
    }
}
