// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import de.innenstadt.core.catalog.NetContent;
import de.innenstadt.core.feed.FeedFormatException;
import de.innenstadt.core.feed.FeedLine;
import de.innenstadt.core.feed.FeedLine.FeedProduct;
import de.innenstadt.core.feed.FeedParseOptions;
import de.innenstadt.core.inventory.Money;
import de.innenstadt.routes.format.CollectingSink.Shown;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class BmecatParserTest {

    private static final String DELETE_REFUSED = "Deleting products by BMEcat is not supported; set the stock to 0 instead";

    private final BmecatParser parser = new BmecatParser();

    @Test
    void readsABmecat12NewCatalogInIso88591() throws FeedFormatException {
        CollectingSink sink = Feeds.parse(parser, "bmecat12-new-catalog.xml");

        assertThat(sink.lines).containsExactly(
                new FeedLine(26, null, "4006381333924", "PM-1001", null, Money.euros(1190),
                        new FeedProduct("Füllhalter Pelikano", "Pelikan", "Schulfüller mit Griffmulde, Feder A", null,
                                "https://papeterie-mueller.example/bilder/pelikano.jpg")),
                new FeedLine(64, null, "4012345678901", "PM-1002", null, Money.euros(249),
                        new FeedProduct("Radiergummi & Spitzer", null, null, null, null)));
        assertThat(sink.problems).containsExactly(
                new Shown(80, "EAN", "4006381333932", "GTIN check digit is 2 but should be 1"),
                new Shown(87, "DESCRIPTION_SHORT", "PM-1004", "Product has no DESCRIPTION_SHORT"),
                new Shown(93, "PRICE_AMOUNT", "4.20", "Net price without TAX; the shelf price cannot be worked out"));
    }

    @Test
    void readsBmecat12PriceUpdatesAsPriceOnlyLines() throws FeedFormatException {
        CollectingSink sink = Feeds.parse(parser, "bmecat12-update-prices.xml");

        assertThat(sink.lines).containsExactly(
                new FeedLine(17, null, null, "PM-1001", null, Money.euros(1249), null),
                new FeedLine(25, null, null, "PM-1002", null, Money.euros(259), null));
        assertThat(sink.problems).containsExactly(new Shown(38, "ARTICLE_PRICE", "PM-1003",
                "Product has no price of type gros_list, nrp, net_customer or net_list"));
    }

    @Test
    void readsBmecat12ProductUpdatesAndRefusesDeletions() throws FeedFormatException {
        CollectingSink sink = Feeds.parse(parser, "bmecat12-update-products.xml");

        assertThat(sink.lines).containsExactly(new FeedLine(17, null, "4012345678901", "PM-1002", null, null,
                new FeedProduct("Radiergummi mit Spitzer", null, null, null, null)));
        assertThat(sink.problems).containsExactly(new Shown(24, "ARTICLE", "PM-1005", DELETE_REFUSED));
    }

    @Test
    void readsABmecat2005NewCatalogPreferringGermanAndGrossPrices() throws FeedFormatException {
        CollectingSink sink = Feeds.parse(parser, "bmecat2005-new-catalog.xml");

        assertThat(sink.lines).containsExactly(
                new FeedLine(16, null, "4001686301524", "SH-42-BRN", null, Money.euros(12995),
                        new FeedProduct("Lederstiefel, braun", "Lloyd", "Rahmengenäht, Größe 42", null,
                                "https://schuhhaus.example/img/sh-42-brn.jpg")),
                new FeedLine(57, null, "4000417025005", "SH-PFL-01", null, Money.euros(899),
                        new FeedProduct("Schuhcreme farblos", "Collonil", null, null, null)));
        assertThat(sink.problems).containsExactly(new Shown(77, "INTERNATIONAL_PID", "400168630152",
                "GTIN check digit is 2 but should be 4"));
    }

    @Test
    void readsBmecat2005ProductUpdates() throws FeedFormatException {
        CollectingSink sink = Feeds.parse(parser, "bmecat2005-update-products.xml");

        assertThat(sink.lines).containsExactly(
                new FeedLine(16, null, "4001686301524", "SH-42-BRN", null, Money.euros(11900),
                        new FeedProduct("Lederstiefel, dunkelbraun", null, null, null, null)),
                new FeedLine(31, null, null, "SH-SOHLE", null, null,
                        new FeedProduct("Einlegesohlen", null, null, null, null)));
        assertThat(sink.problems).containsExactly(new Shown(28, "PRODUCT", "SH-PFL-01", DELETE_REFUSED));
    }

    @Test
    void readsBmecat2005PriceUpdates() throws FeedFormatException {
        CollectingSink sink = Feeds.parse(parser, "bmecat2005-update-prices.xml");

        assertThat(sink.lines).containsExactly(new FeedLine(16, null, null, "SH-42-BRN", null, Money.euros(9995), null));
        assertThat(sink.problems).containsExactly(
                new Shown(24, "PRICE_AMOUNT", "12,5x", "Price is not a number"),
                new Shown(32, "TAX", "19", "TAX must be a fraction such as 0.19"));
    }

    @Test
    void aProductWithoutSupplierNumberIsRefused() throws FeedFormatException {
        String xml = "<BMECAT version=\"2005\"><T_NEW_CATALOG>\n<PRODUCT><PRODUCT_DETAILS><DESCRIPTION_SHORT>X"
                + "</DESCRIPTION_SHORT></PRODUCT_DETAILS></PRODUCT>\n</T_NEW_CATALOG></BMECAT>";

        CollectingSink sink = Feeds.parse(parser, Feeds.text(xml), FeedParseOptions.detect());

        assertThat(sink.problems).containsExactly(new Shown(2, "SUPPLIER_PID", null, "Product has no SUPPLIER_PID"));
    }

    @Test
    void xmlThatIsNotBmecatIsRefused() {
        assertThatThrownBy(() -> Feeds.parse(parser, "google-local-inventory.xml"))
                .isInstanceOf(FeedFormatException.class)
                .hasMessage("This XML is not a BMEcat catalog: it starts with <rss> instead of <BMECAT>.");
    }

    @Test
    void aCatalogWithoutTransactionIsRefused() {
        assertThatThrownBy(() -> Feeds.parse(parser, Feeds.text("<BMECAT><HEADER/></BMECAT>"), FeedParseOptions.detect()))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("no T_NEW_CATALOG, T_UPDATE_PRODUCTS or T_UPDATE_PRICES");
    }

    /** The content for the Grundpreis: NO_CU_PER_OU content units (Rec. 20 codes) per order unit; a piece carries none. */
    @Test
    void readsTheContentOfAnOrderUnit() throws FeedFormatException {
        CollectingSink sink = Feeds.parse(parser, "bmecat2005-content-units.xml");

        assertThat(sink.lines).extracting(FeedLine::sku, line -> line.product().netContent()).containsExactly(
                tuple("KR-500-GB", new NetContent(new BigDecimal("500"), NetContent.Unit.G)),
                tuple("KR-SIRUP-07", new NetContent(new BigDecimal("0.7"), NetContent.Unit.L)),
                tuple("KR-TASSE", null));
        assertThat(sink.problems).containsExactly(new Shown(71, "NO_CU_PER_OU", "ein Kilo",
                "NO_CU_PER_OU must be a number such as 500 or 0.75"));
    }
}
