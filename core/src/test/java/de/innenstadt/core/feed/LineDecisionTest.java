// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import static de.innenstadt.core.feed.FeedLines.MERCHANT;
import static de.innenstadt.core.feed.FeedLines.SHARED_GTIN;
import static de.innenstadt.core.feed.FeedLines.stock;
import static de.innenstadt.core.feed.FeedLines.withTitle;
import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.core.catalog.NetContent;
import de.innenstadt.core.feed.CheckedLine.Pending;
import de.innenstadt.core.feed.LineDecision.OfferChange;
import de.innenstadt.core.feed.Resolution.OfferRow;
import de.innenstadt.core.feed.Resolution.ProductRow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The import's rules, one test per rule, without a database: what a line does to the catalogue and the offers. */
class LineDecisionTest {
    private static final long STORE = 101;
    private static final long OTHER_STORE = 102;
    private static final String KEY = "g:" + SHARED_GTIN;
    private static final ProductRow PENCIL = new ProductRow(55, null, "Bleistift HB", null, null, null, null, null, null, null);
    private static final OfferRow ON_SHELF = new OfferRow(900, STORE, 55, 129, "EUR", 12);

    private static Pending pending(FeedLine line, long storeId) {
        return new Pending(line.lineNumber(), line, storeId, LineRules.productKey(line));
    }

    private static Resolution nothingKnown() {
        return new Resolution(Map.of(), Map.of());
    }

    private static Resolution known(ProductRow product, OfferRow... offers) {
        return new Resolution(Map.of(KEY, product), offers.length == 0 ? Map.of() : Map.of(product.id(), List.of(offers)));
    }

    @Test
    void anUnknownProductWithATitleIsCreated() {
        Pending p = pending(withTitle(stock(2, "KL-1", SHARED_GTIN, 3, "1.29"), "Bleistift HB"), STORE);

        LineDecision d = LineDecision.decide(p, nothingKnown(), MERCHANT);

        assertThat(d.problem()).isNull();
        assertThat(d.created()).isTrue();
    }

    @Test
    void anUnknownProductWithoutATitleIsRejected() {
        LineDecision d = LineDecision.decide(pending(stock(2, "KL-1", SHARED_GTIN, 3, "1.29"), STORE), nothingKnown(), MERCHANT);

        assertThat(d.problem().reason().english()).startsWith("Unknown product");
        assertThat(d.problem().column()).isEqualTo("gtin");
        assertThat(d.problem().value()).isEqualTo(SHARED_GTIN);
    }

    @Test
    void aPriceOnlyLineForAnUnknownProductIsRejected() {
        Pending p = pending(withTitle(stock(2, "KL-1", SHARED_GTIN, null, "1.29"), "Bleistift HB"), STORE);

        assertThat(LineDecision.decide(p, nothingKnown(), MERCHANT).problem().reason().english()).startsWith("Price-only line for a product");
    }

    @Test
    void aStoresFirstOfferNeedsAPrice() {
        Pending newProduct = pending(withTitle(stock(2, "KL-1", SHARED_GTIN, 3, null), "Bleistift HB"), STORE);
        Pending knownProduct = pending(stock(3, "KL-1", SHARED_GTIN, 3, null), STORE);

        assertThat(LineDecision.decide(newProduct, nothingKnown(), MERCHANT).problem().column()).isEqualTo("price");
        assertThat(LineDecision.decide(knownProduct, known(PENCIL), MERCHANT).problem().reason().english()).isEqualTo("A new offer needs a price.");
    }

    @Test
    void aStoresFirstOfferNeedsAQuantity() {
        LineDecision d = LineDecision.decide(pending(stock(2, "KL-1", SHARED_GTIN, null, "1.29"), OTHER_STORE), known(PENCIL, ON_SHELF),
                MERCHANT);

        assertThat(d.problem().reason().english()).startsWith("Price-only line, but this store has no offer");
    }

    @Test
    void aKnownProductGetsANewOfferInAStoreThatHadNone() {
        LineDecision d = LineDecision.decide(pending(stock(2, "KL-2", SHARED_GTIN, 4, "1.29"), OTHER_STORE), known(PENCIL, ON_SHELF),
                MERCHANT);

        assertThat(d.problem()).isNull();
        assertThat(d.newOffer()).isTrue();
        assertThat(d.existingOffer()).isFalse();
        assertThat(d.productId()).isEqualTo(55);
    }

    @Test
    void theSameQuantityAndPriceChangeNothing() {
        LineDecision d = LineDecision.decide(pending(stock(2, "KL-1", SHARED_GTIN, 12, "1.29"), STORE), known(PENCIL, ON_SHELF), MERCHANT);

        assertThat(d.problem()).isNull();
        assertThat(d.offerChanges()).isEmpty();
        assertThat(d.productUpdate()).isNull();
        assertThat(d.existingOffer()).isTrue();
    }

    @Test
    void aStockLineReplacesTheQuantityAndKeepsThePriceItDoesNotCarry() {
        LineDecision d = LineDecision.decide(pending(stock(2, "KL-1", SHARED_GTIN, 0, null), STORE), known(PENCIL, ON_SHELF), MERCHANT);

        assertThat(d.offerChanges()).containsExactly(new OfferChange(ON_SHELF, 0, 129, "EUR"));
    }

    @Test
    void aPriceOnlyLineKeepsTheQuantity() {
        LineDecision d = LineDecision.decide(pending(stock(2, "KL-1", SHARED_GTIN, null, "0.99"), STORE), known(PENCIL, ON_SHELF), MERCHANT);

        assertThat(d.offerChanges()).containsExactly(new OfferChange(ON_SHELF, 12, 99, "EUR"));
    }

    @Test
    void aCatalogueLinesPriceGoesToEveryOfferThatDiffers() {
        OfferRow sameAlready = new OfferRow(901, OTHER_STORE, 55, 99, "EUR", 1);

        LineDecision d = LineDecision.decide(pending(stock(2, null, SHARED_GTIN, null, "0.99"), 0), known(PENCIL, ON_SHELF, sameAlready),
                MERCHANT);

        assertThat(d.offerChanges()).containsExactly(new OfferChange(ON_SHELF, 12, 99, "EUR"));
        assertThat(d.newOffer()).isFalse();
    }

    @Test
    void aSharedProductIsUpdatedByAnyMerchantsFeedWhenItsDataDiffers() {
        FeedLine line = withTitle(stock(2, "KL-1", SHARED_GTIN, 12, "1.29"), "Bleistift HB, 12 Stück");

        LineDecision d = LineDecision.decide(pending(line, STORE), known(PENCIL, ON_SHELF), MERCHANT);

        assertThat(d.productUpdate()).isEqualTo(line.product());
        assertThat(d.offerChanges()).isEmpty();
    }

    @Test
    void anotherMerchantsProductIsNeverUpdated() {
        ProductRow theirs = new ProductRow(55, 99L, "Bleistift HB", null, null, null, null, null, null, null);
        FeedLine line = withTitle(stock(2, "KL-1", SHARED_GTIN, 12, "1.29"), "Mein Bleistift");

        assertThat(LineDecision.decide(pending(line, STORE), known(theirs, ON_SHELF), MERCHANT).productUpdate()).isNull();
    }

    @Test
    void fieldsTheLineLeavesEmptyNeverCountAsChanges() {
        ProductRow full = new ProductRow(55, null, "Kaffee", "Röstwerk", "Kräftig", "https://example.org/k.jpg", null, null, null,
                new NetContent(new BigDecimal("0.5"), NetContent.Unit.KG));
        FeedLine.FeedProduct titleOnly = new FeedLine.FeedProduct("Kaffee", null, null, null, null);
        FeedLine.FeedProduct lessCoffee = new FeedLine.FeedProduct("Kaffee", null, null, null, null, null,
                new NetContent(new BigDecimal("0.25"), NetContent.Unit.KG));

        assertThat(LineDecision.productDiffers(full, titleOnly, MERCHANT)).isFalse();
        assertThat(LineDecision.productDiffers(full, lessCoffee, MERCHANT)).isTrue();
    }

    @Test
    void passOneReadsOffersOnlyForLinesAMissingOfferWouldReject() {
        assertThat(LineDecision.offerDecidesProblem(pending(stock(2, "KL-1", SHARED_GTIN, 3, "1.29"), STORE))).isFalse();
        assertThat(LineDecision.offerDecidesProblem(pending(stock(2, "KL-1", SHARED_GTIN, null, "1.29"), STORE))).isTrue();
        assertThat(LineDecision.offerDecidesProblem(pending(stock(2, "KL-1", SHARED_GTIN, 3, null), STORE))).isTrue();
        assertThat(LineDecision.offerDecidesProblem(pending(stock(2, null, SHARED_GTIN, null, "1.29"), 0))).isFalse();
    }
}
