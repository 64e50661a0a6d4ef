// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

import de.innenstadt.core.catalog.NetContent;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * A line of a merchant's offer list in the portal, and an offer put into the bag; serializable because
 * view-scoped pages keep rows. {@code netContent} is {@code null} for goods sold by the piece.
 */
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
        StockSource source,
        NetContent netContent) implements Serializable {

    public int available() {
        return Math.max(0, quantity - held);
    }

    /** The Grundpreis shown next to the price; empty for goods sold by the piece. */
    public Optional<UnitPrice> unitPrice() {
        return UnitPrice.of(price, netContent);
    }
}
