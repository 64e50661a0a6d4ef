// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.innenstadt.core.catalog.NetContent;
import de.innenstadt.core.feed.FeedFormatException;
import de.innenstadt.core.feed.FeedLine;
import de.innenstadt.core.feed.FeedLine.FeedProduct;
import de.innenstadt.core.inventory.Money;
import de.innenstadt.routes.format.CollectingSink.Shown;
import java.math.BigDecimal;
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
                new Shown(4, "gtin", "4006381333932", "GTIN check digit is 2 but should be 1"),
                new Shown(5, "title", null, "Title is missing"),
                new Shown(6, "image_link", "www.example.org/karte.jpg",
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

    /**
     * Unit pricing as Google's product data specification writes it ({@code unit_pricing_measure} „750g“, also with
     * a space, „0.75 l“); counted units („100ct“) carry no Grundpreis, and an ounce is refused, not converted.
     */
    @Test
    void readsTheContentForTheGrundpreis() throws FeedFormatException {
        CollectingSink sink = Feeds.parse(parser, "google-local-products-unit-pricing.tsv");

        assertThat(sink.lines).extracting(FeedLine::sku, line -> line.product().netContent()).containsExactly(
                tuple("MUE-750", new NetContent(new BigDecimal("750"), NetContent.Unit.G)),
                tuple("RIES-075", new NetContent(new BigDecimal("0.75"), NetContent.Unit.L)),
                tuple("TASCHENT-10", null),
                tuple("TEPPICH-2", new NetContent(new BigDecimal("2.5"), NetContent.Unit.SQM)));
        assertThat(sink.problems).containsExactly(new Shown(5, "unit_pricing_measure", "12oz",
                "Content must be an amount with a metric unit, e.g. 500 g, 0.75 l, 2 m or 1 sqm"));
    }
}
