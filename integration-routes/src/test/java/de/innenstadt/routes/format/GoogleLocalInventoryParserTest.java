// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.innenstadt.core.feed.FeedFormat;
import de.innenstadt.core.feed.FeedFormatException;
import de.innenstadt.core.feed.FeedLine;
import de.innenstadt.core.feed.FeedParseOptions;
import de.innenstadt.core.inventory.Money;
import de.innenstadt.routes.format.CollectingSink.Shown;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GoogleLocalInventoryParserTest {

    private static final Clock NOV_22_2026 = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneId.of("Europe/Berlin"));

    private final GoogleLocalInventoryParser tsv = new GoogleLocalInventoryParser(
            FeedFormat.GOOGLE_LOCAL_INVENTORY_TSV, new FeedContent(), NOV_22_2026);

    private final GoogleLocalInventoryParser xml = new GoogleLocalInventoryParser(
            FeedFormat.GOOGLE_LOCAL_INVENTORY_XML, new FeedContent(), NOV_22_2026);

    @Test
    void readsATsvFeedWithSpacedHeaders() throws FeedFormatException {
        CollectingSink sink = Feeds.parse(tsv, "google-local-inventory.tsv");

        assertThat(sink.lines).containsExactly(
                new FeedLine(2, "KL-01", "4006381333931", "4006381333931", 7, Money.euros(199), null),
                new FeedLine(3, "KL-01", null, "ART-555", 1, Money.euros(999), null),
                new FeedLine(4, "KL-02", "4012345678901", "4012345678901", 0, Money.euros(450), null),
                new FeedLine(5, "KL-02", "4005808262175", "4005808262175", 0, null, null));
        assertThat(sink.problems).containsExactly(
                new Shown(6, "availability", "sold out", "Availability must be one of: in stock, limited"
                        + " availability, on display to order, out of stock"),
                new Shown(7, "quantity", "-1", "Quantity cannot be negative"),
                new Shown(8, "store code", null, "Store code is missing"),
                new Shown(9, "price", "1,99 Euro", "Price is not a number"));
    }

    @Test
    void readsAnXmlFeed() throws FeedFormatException {
        CollectingSink sink = Feeds.parse(xml, "google-local-inventory.xml");

        assertThat(sink.lines).containsExactly(
                new FeedLine(5, "KL-01", "4006381333931", "4006381333931", 5, Money.euros(249), null),
                new FeedLine(12, "KL-01", null, "NB-A5-BLAU", 1, Money.euros(590), null));
        assertThat(sink.problems).containsExactly(
                new Shown(20, "g:quantity", "2.5", "Quantity must be a whole number"),
                new Shown(26, "g:price", "zwölf Euro", "Price is not a number"));
    }

    @Test
    void availabilityWithoutQuantityBecomesAQuantity() {
        assertThat(GoogleLocalInventoryParser.QUANTITY_OF_AVAILABILITY).containsExactlyInAnyOrderEntriesOf(Map.of(
                "in stock", 3, "limited availability", 1, "out of stock", 0, "on display to order", 0));
    }

    @Test
    void aLineWithNeitherQuantityNorAvailabilityIsRefused() throws FeedFormatException {
        String feed = "store_code\tid\tavailability\tquantity\nKL-01\tX-1\t\t\n";

        CollectingSink sink = Feeds.parse(tsv, Feeds.text(feed), FeedParseOptions.detect());

        assertThat(sink.problems).containsExactly(
                new Shown(2, "availability", null, "Neither availability nor quantity is given"));
    }

    @Test
    void anOverlongIdAndABadSalePeriodAreRefused() throws FeedFormatException {
        String feed = "store_code\tid\tquantity\tsale_price\tsale_price_effective_date\n"
                + "KL-01\t" + "X".repeat(51) + "\t1\t\t\n"
                + "KL-01\tX-2\t1\t1.00 EUR\tab Montag\n";

        CollectingSink sink = Feeds.parse(tsv, Feeds.text(feed), FeedParseOptions.detect());

        assertThat(sink.problems).extracting(Shown::reason).containsExactly(
                "Product id is longer than 50 characters",
                "Sale period must be start/end, e.g. 2026-11-20T09:00+01:00/2026-11-28T20:00+01:00");
    }

    @Test
    void aHeaderWithoutStoreCodeIsRefused() {
        assertThatThrownBy(() -> Feeds.parse(tsv, Feeds.text("id\tquantity\nX\t1\n"), FeedParseOptions.detect()))
                .isInstanceOf(FeedFormatException.class)
                .hasMessage("The header line has no 'store_code' column. Columns found: id, quantity.");
    }

    @Test
    void aSemicolonFileSentAsGoogleTsvIsRefusedWithAHint() {
        assertThatThrownBy(() -> Feeds.parse(tsv, Feeds.text("store_code;id;quantity\nKL;X;1\n"), FeedParseOptions.detect()))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("Google feeds are tab-separated");
    }

    @Test
    void xmlSentAsTsvIsRefusedWithAHint() {
        assertThatThrownBy(() -> Feeds.parse(tsv, "google-local-inventory.xml"))
                .isInstanceOf(FeedFormatException.class)
                .hasMessageContaining("This file is XML");
    }
}
