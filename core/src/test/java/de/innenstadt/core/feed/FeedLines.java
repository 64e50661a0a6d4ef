// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.inventory.Money;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builders of feed lines and merchants for the tests of the import's steps. */
final class FeedLines {
    static final long MERCHANT = 7;
    /** A GTIN every shop may sell (GS1 Germany prefix, valid check digit). */
    static final String SHARED_GTIN = "4006381333931";
    /** A number from the range shops give their own goods (prefix 2). */
    static final String IN_STORE_GTIN = "2000000123455";

    private FeedLines() {
    }

    /** A merchant with the stores {@code codes}, numbered 101, 102, … in that order. */
    static MerchantFeed merchant(String... codes) {
        Map<String, Long> stores = new LinkedHashMap<>();
        for (int i = 0; i < codes.length; i++) {
            stores.put(codes[i], 101L + i);
        }
        return new MerchantFeed(MERCHANT, stores, List.copyOf(stores.values()), 0.2, FeedParseOptions.detect(), new ProductCache(), null);
    }

    static FeedLine stock(long lineNumber, String storeCode, String gtin, Integer quantity, String euros) {
        return new FeedLine(lineNumber, storeCode, gtin, null, quantity, euros == null ? null : Money.euros(new java.math.BigDecimal(euros)),
                null);
    }

    static FeedLine withTitle(FeedLine line, String title) {
        return new FeedLine(line.lineNumber(), line.storeCode(), line.gtin(), line.sku(), line.quantity(), line.price(),
                new FeedLine.FeedProduct(title, null, null, null, null));
    }
}
