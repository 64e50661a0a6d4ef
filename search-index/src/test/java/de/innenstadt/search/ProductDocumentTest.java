// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.core.inventory.ProductListing;
import de.innenstadt.core.inventory.ProductListing.ArticleVariant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductDocumentTest {

    private static ProductListing listing(String title, String brand, String color, String size) {
        return new ProductListing(1, "4006381333931", title, brand, "haushalt", "Haushalt", null, null,
                new ArticleVariant("a1", title, color, size, ProductListing.ArticleRange.NONE), List.of(), null);
    }

    @Test
    void completionWordsAreTheTitlesNounsWithoutBrandColourOrSize() {
        assertThat(ProductDocument.suggestWords(listing("Pfalzhaus Kaffeemaschine mit Mahlwerk Anthrazit 1,5 l",
                "Pfalzhaus", "Anthrazit", null))).containsExactly("Kaffeemaschine", "Mahlwerk");
        assertThat(ProductDocument.suggestWords(listing("Damen Sneaker Leder schwarz Gr. 39", "Sohlenwerk", "schwarz", "39")))
                .containsExactly("Damen", "Sneaker", "Leder");
    }
}
