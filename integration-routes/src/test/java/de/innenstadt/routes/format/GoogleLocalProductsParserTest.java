// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.core.feed.FeedFormatException;
import de.innenstadt.core.feed.FeedLine;
import de.innenstadt.core.feed.FeedLine.FeedProduct;
import de.innenstadt.core.feed.FeedProblem;
import de.innenstadt.core.inventory.Money;
import org.junit.jupiter.api.Test;

class GoogleLocalProductsParserTest {

    private final GoogleLocalProductsParser parser = new GoogleLocalProductsParser();

    @Test
    void readsProductDataForAllStores() throws FeedFormatException {
        CollectingSink sink = Feeds.parse(parser, "google-local-products.tsv");

        assertThat(sink.lines).containsExactly(
                new FeedLine(2, null, "4006381333931", "4006381333931", null, Money.euros(199),
                        new FeedProduct("Kugelschreiber Grün", "Stabilo", "Fineliner, 0,4 mm", "Office Supplies",
                                "https://example.org/img/stabilo.jpg")),
                new FeedLine(3, null, null, "NB-A5", null, Money.euros(1995),
                        new FeedProduct("Notizbuch A5", "Leuchtturm1917", "Dotted, 249 Seiten", null, null)));
        assertThat(sink.problems).containsExactly(
                new FeedProblem(4, "gtin", "4006381333932", "GTIN check digit is 2 but should be 1"),
                new FeedProblem(5, "title", null, "Title is missing"),
                new FeedProblem(6, "image_link", "www.example.org/karte.jpg",
                        "Link must be a web address starting with https://"));
    }

    @Test
    void readsTheXmlVariantToo() throws FeedFormatException {
        CollectingSink sink = Feeds.parse(parser, "google-local-products.xml");

        assertThat(sink.problems).isEmpty();
        assertThat(sink.lines).containsExactly(
                new FeedLine(4, null, "4012345678901", "NB-A5", null, Money.euros(1995),
                        new FeedProduct("Notizbuch A5 & Stift", "Leuchtturm1917", null, "Schreibwaren > Notizbücher",
                                "https://example.org/img/nb-a5.jpg")));
    }

    /**
     * Variants as Google's product data specification describes them: one row per size and colour,
     * tied together by {@code item_group_id}, with {@code color} and {@code size}.
     */
    @Test
    void readsVariantsOfOneArticle() throws FeedFormatException {
        CollectingSink sink = Feeds.parse(parser, "google-local-products-variants.tsv");

        assertThat(sink.problems).isEmpty();
        assertThat(sink.lines).extracting(line -> line.product().variant()).containsExactly(
                new FeedLine.FeedVariant("SNK-CL", "schwarz", "42"),
                new FeedLine.FeedVariant("SNK-CL", "schwarz", "43"),
                new FeedLine.FeedVariant("SNK-CL", "weiß", "42"),
                null);
    }
}
