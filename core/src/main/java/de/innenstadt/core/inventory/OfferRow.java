// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

import java.io.Serializable;
import java.time.Instant;

/** A line of a merchant's offer list in the portal; serializable because view-scoped pages keep rows. */
public record OfferRow(
        long offerId,
        long storeId,
        String storeName,
        long productId,
        String gtin,
        String title,
        String brand,
        String category,
        Money price,
        int quantity,
        int held,
        Instant stockUpdatedAt,
        StockSource source) implements Serializable {

    public int available() {
        return Math.max(0, quantity - held);
    }
}
