// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleKeyTest {

    private final ArticleKey keys = new ArticleKey(VariantWords.fromDemoVocabulary());

    private String key(String title, String brand) {
        return keys.of(Hit.of("", title, brand, "mode", null, false));
    }

    @Test
    void sizesAndColoursOfOneArticleMakeOneKey() {
        assertThat(key("Herren Strickpullover Merinowolle schwarz Gr. M", "Lautertaler"))
                .isEqualTo(key("Herren Strickpullover Merinowolle grau Gr. XL", "Lautertaler"))
                .isEqualTo("lautertaler|herren strickpullover merinowolle");
        assertThat(key("Damen Jeans Slim Fit hellblau W32/L34", "Pfalzgarn"))
                .isEqualTo(key("Damen Jeans Slim Fit stone washed W28/L30", "Pfalzgarn"));
        assertThat(key("Schuhspanner Zedernholz Gr. 40/41", "Trittfest"))
                .isEqualTo(key("Schuhspanner Zedernholz Gr. 46/47", "Trittfest"));
        assertThat(key("Klarbild Fernseher 55 Zoll Full HD", "Klarbild"))
                .isEqualTo(key("Klarbild Fernseher 65 Zoll Full HD", "Klarbild"));
        assertThat(key("Servierset blau glasiert", "Kaiserhaus")).isEqualTo("kaiserhaus|servierset");
    }

    @Test
    void anotherBrandOrAnotherCutIsAnotherArticle() {
        assertThat(key("Herren Strickpullover Merinowolle schwarz Gr. M", "Lautertaler"))
                .isNotEqualTo(key("Herren Strickpullover Merinowolle schwarz Gr. M", "Pfalzgarn"));
        assertThat(key("Damen Jeans Slim Fit hellblau W32/L34", "Pfalzgarn"))
                .isNotEqualTo(key("Damen Jeans Bootcut hellblau W32/L34", "Pfalzgarn"));
    }

    @Test
    void aTitleMadeUniqueWithAVariantNumberIsStillTheSameArticle() {
        assertThat(key("Lauterfrisch Zahnpasta sensitiv 75 ml (Variante 2)", "Lauterfrisch"))
                .isEqualTo(key("Zahnpasta sensitiv 75 ml", "Lauterfrisch"));
    }

    @Test
    void theApisArticleIdDecidesWhenThereIsOne() {
        Hit black = Hit.of("", "Damen Kleid Jersey schwarz Gr. M", "Pfalzgarn", "mode", "A-17", false);
        Hit red = Hit.of("", "Damen Kleid Leinen rot Gr. S", "Pfalzgarn", "mode", "A-17", false);
        assertThat(keys.of(black)).isEqualTo(keys.of(red)).isEqualTo("article:A-17");
    }
}
