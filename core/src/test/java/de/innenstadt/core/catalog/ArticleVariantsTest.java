// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.core.catalog.ArticleVariants.Option;
import de.innenstadt.core.catalog.ArticleVariants.Variant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleVariantsTest {

    private static final List<Variant> SNEAKER = List.of(
            new Variant(1, "schwarz", "42", true),
            new Variant(2, "schwarz", "40", false),
            new Variant(3, "weiß", "42", true),
            new Variant(4, "weiß", "38", true),
            new Variant(5, "schwarz", "39", true));

    @Test
    void choosingAColourKeepsTheSizeWhereTheColourHasIt() {
        ArticleVariants choice = ArticleVariants.around(SNEAKER, 1).orElseThrow();
        assertThat(choice.colors()).containsExactly(new Option("schwarz", 1, true, true), new Option("weiß", 3, false, true));
        assertThat(choice.sizes()).extracting(Option::label).containsExactly("38", "39", "40", "42");
        assertThat(choice.sizes()).filteredOn(o -> o.label().equals("38")).extracting(Option::productId)
                .as("38 only comes in white").containsExactly(4L);
        assertThat(choice.sizes()).filteredOn(Option::current).extracting(Option::productId).containsExactly(1L);
        assertThat(choice.sizes()).filteredOn(o -> o.label().equals("40")).extracting(Option::onShelf).containsExactly(false);
    }

    @Test
    void aColourWithoutTheCurrentSizeLeadsToItsFirstVariant() {
        ArticleVariants choice = ArticleVariants.around(SNEAKER, 5).orElseThrow();
        assertThat(choice.colors()).filteredOn(o -> o.label().equals("weiß")).extracting(Option::productId).containsExactly(3L);
    }

    @Test
    void aSingleProductOffersNoChoice() {
        ArticleVariants choice = ArticleVariants.around(List.of(new Variant(9, null, null, true)), 9).orElseThrow();
        assertThat(choice.colors()).isEmpty();
        assertThat(choice.sizes()).isEmpty();
        assertThat(ArticleVariants.around(SNEAKER, 99)).isEmpty();
    }
}
