// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import static de.innenstadt.core.feed.FeedLines.IN_STORE_GTIN;
import static de.innenstadt.core.feed.FeedLines.SHARED_GTIN;
import static de.innenstadt.core.feed.FeedLines.merchant;
import static de.innenstadt.core.feed.FeedLines.stock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.innenstadt.core.feed.CheckedLine.Pending;
import de.innenstadt.core.feed.CheckedLine.Rejected;
import de.innenstadt.core.platform.NotFoundException;
import org.junit.jupiter.api.Test;

class LineRulesTest {

    @Test
    void aStockLineGoesToTheStoreItNames() {
        LineRules rules = new LineRules(merchant("KL-1", "KL-2"));

        CheckedLine checked = rules.check(1, stock(2, " KL-2 ", SHARED_GTIN, 3, "4.99"));

        assertThat(checked).isInstanceOfSatisfying(Pending.class, p -> {
            assertThat(p.storeId()).isEqualTo(102);
            assertThat(p.productKey()).isEqualTo("g:" + SHARED_GTIN);
        });
    }

    @Test
    void aStockLineWithoutStoreCodeGoesToTheOnlyStore() {
        CheckedLine checked = new LineRules(merchant("KL-1")).check(1, stock(2, null, SHARED_GTIN, 3, "4.99"));

        assertThat(checked).isInstanceOfSatisfying(Pending.class, p -> assertThat(p.storeId()).isEqualTo(101));
    }

    @Test
    void aStockLineWithoutStoreCodeIsRefusedWhenTheMerchantHasSeveralStores() {
        CheckedLine checked = new LineRules(merchant("KL-1", "KL-2")).check(1, stock(2, "", SHARED_GTIN, 3, "4.99"));

        assertThat(checked).isInstanceOfSatisfying(Rejected.class, r -> {
            assertThat(r.problem().column()).isEqualTo("storeCode");
            assertThat(r.problem().reason().english()).contains("needs a store code");
        });
    }

    @Test
    void inAFileOfOneStoreEveryLineWithoutCodeIsThatStoresAndALineWithACodeKeepsIt() {
        LineRules rules = new LineRules(merchant("KL-1", "KL-2").forFileOf(102L));

        assertThat(rules.check(1, stock(2, "", SHARED_GTIN, 3, "4.99")))
                .isInstanceOfSatisfying(Pending.class, p -> assertThat(p.storeId()).isEqualTo(102));
        assertThat(rules.check(2, stock(3, null, IN_STORE_GTIN, null, "2.50"))).as("a price-only line of that store's till")
                .isInstanceOfSatisfying(Pending.class, p -> assertThat(p.storeId()).isEqualTo(102));
        assertThat(rules.check(3, stock(4, "KL-1", SHARED_GTIN, 1, "4.99")))
                .isInstanceOfSatisfying(Pending.class, p -> assertThat(p.storeId()).isEqualTo(101));
    }

    @Test
    void aFileCannotBeForAnotherMerchantsStore() {
        assertThatThrownBy(() -> merchant("KL-1").forFileOf(999L)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aLineWithoutQuantityOrStoreIsACatalogueLineForAllStores() {
        CheckedLine checked = new LineRules(merchant("KL-1", "KL-2")).check(1, stock(2, null, SHARED_GTIN, null, "4.99"));

        assertThat(checked).isInstanceOfSatisfying(Pending.class, p -> assertThat(p.storeId()).isZero());
    }

    @Test
    void anUnknownStoreCodeIsRefusedWithTheKnownOnes() {
        CheckedLine checked = new LineRules(merchant("KL-1", "KL-2")).check(1, stock(5, "KL-9", SHARED_GTIN, 3, "4.99"));

        assertThat(checked).isInstanceOfSatisfying(Rejected.class, r -> {
            assertThat(r.problem().lineNumber()).isEqualTo(5);
            assertThat(r.problem().value()).isEqualTo("KL-9");
            assertThat(r.problem().reason().english()).contains("KL-1, KL-2");
        });
    }

    @Test
    void onlyTheFirstLineOfAStoreAndProductCounts() {
        LineRules rules = new LineRules(merchant("KL-1", "KL-2"));

        CheckedLine first = rules.check(1, stock(2, "KL-1", SHARED_GTIN, 3, "4.99"));
        CheckedLine otherStore = rules.check(2, stock(3, "KL-2", SHARED_GTIN, 1, "4.99"));
        CheckedLine again = rules.check(3, stock(4, "KL-1", SHARED_GTIN, 0, "3.99"));

        assertThat(first).isInstanceOf(Pending.class);
        assertThat(otherStore).isInstanceOf(Pending.class);
        assertThat(again).isInstanceOfSatisfying(Rejected.class, r -> {
            assertThat(r.problem().lineNumber()).isEqualTo(4);
            assertThat(r.problem().column()).isEqualTo("gtin");
            assertThat(r.problem().reason().english()).startsWith("Duplicate line");
        });
    }

    @Test
    void aShopsOwnNumberNamesTheMerchantsProductNotASharedOne() {
        FeedLine inStore = stock(2, "KL-1", IN_STORE_GTIN, 1, "2.00");
        FeedLine bySku = new FeedLine(3, "KL-1", null, "A-17", 1, null, null);

        assertThat(LineRules.isSharedGtin(inStore)).isFalse();
        assertThat(LineRules.productKey(inStore)).isEqualTo("s:" + IN_STORE_GTIN);
        assertThat(LineRules.productKey(bySku)).isEqualTo("s:A-17");
        assertThat(LineRules.productKey(stock(4, "KL-1", SHARED_GTIN, 1, "2.00"))).isEqualTo("g:" + SHARED_GTIN);
    }
}
