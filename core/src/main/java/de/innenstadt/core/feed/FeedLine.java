// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.catalog.NetContent;
import de.innenstadt.core.inventory.Money;

/**
 * One well-formed line of a feed, as a parser understood it, before it meets the database. Only what
 * the line carries is set: a stock export has no title, a catalog has no quantity, a price update
 * has neither. What needs the database (is the store code known, is the line a duplicate) is
 * checked by the import, not the parser.
 *
 * @param lineNumber where the line starts in the file (1 = first line, header included), for error reports
 * @param storeCode the merchant's own store code; {@code null} when the format has none (catalogs), meaning
 *        every store of the merchant
 * @param gtin a GTIN whose check digit the parser verified, or {@code null} when the line uses an in-store SKU
 * @param sku the merchant's in-store number, or {@code null}
 * @param quantity units on hand, never negative, or {@code null} when the line does not report stock
 * @param price the shelf price, or {@code null} when the line does not report one
 * @param product product data to create or refresh the catalog entry, or {@code null}
 */
public record FeedLine(long lineNumber, String storeCode, String gtin, String sku, Integer quantity, Money price,
        FeedProduct product) {

    public FeedLine {
        if (gtin == null && (sku == null || sku.isBlank())) {
            throw new IllegalArgumentException("A feed line needs a GTIN or an SKU (line " + lineNumber + ")");
        }
        if (quantity != null && quantity < 0) {
            throw new IllegalArgumentException("Quantity cannot be negative (line " + lineNumber + ")");
        }
    }

    /**
     * Product data a catalog or product feed carries; any field may be {@code null} except the title.
     * {@code variant} is set when the feed says which article the product is a variant of;
     * {@code netContent} when it says how much one piece holds by weight, volume, length or area.
     */
    public record FeedProduct(String title, String brand, String description, String category, String imageUrl,
            FeedVariant variant, NetContent netContent) {

        /** Product data whose feed does not say what one piece holds. */
        public FeedProduct(String title, String brand, String description, String category, String imageUrl,
                FeedVariant variant) {
            this(title, brand, description, category, imageUrl, variant, null);
        }

        /** Product data of a product that is no variant of an article (or whose feed does not say). */
        public FeedProduct(String title, String brand, String description, String category, String imageUrl) {
            this(title, brand, description, category, imageUrl, null, null);
        }
    }

    /**
     * Which article a product is a variant of, in the merchant's own terms (Google's
     * {@code item_group_id}), and its colour and size; either may be {@code null}.
     */
    public record FeedVariant(String groupId, String color, String size) {

        public FeedVariant {
            if (groupId == null || groupId.isBlank()) {
                throw new IllegalArgumentException("A variant needs the id of its article group");
            }
        }
    }
}
