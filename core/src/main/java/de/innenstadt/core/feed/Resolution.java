// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.catalog.NetContent;
import de.innenstadt.core.feed.CheckedLine.Pending;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The products and offers a batch of lines refers to, as {@link BatchLookup} read them in a few queries.
 *
 * @param products by product key ({@link LineRules#productKey}); a key without entry names an unknown product
 * @param offersByProduct the offers read, by product id; a product without entry has no offer in the stores read
 */
record Resolution(Map<String, ProductRow> products, Map<Long, List<OfferRow>> offersByProduct) {

    /**
     * A product as the import compares it with a line.
     *
     * @param merchantId the owner, or {@code null} for a product with a shared GTIN, which every merchant's feed may update
     */
    record ProductRow(long id, Long merchantId, String title, String brand, String description, String imageUrl,
            String articleKey, String color, String size, NetContent netContent) {
    }

    /** An offer as the import compares it with a line. */
    record OfferRow(long id, long storeId, long productId, long priceCents, String currency, int quantity) {
    }

    /** This resolution completed by one of other lines (e.g. of the products just created). */
    Resolution with(Resolution more) {
        Map<String, ProductRow> allProducts = new HashMap<>(products);
        allProducts.putAll(more.products());
        Map<Long, List<OfferRow>> allOffers = new HashMap<>(offersByProduct);
        allOffers.putAll(more.offersByProduct());
        return new Resolution(allProducts, allOffers);
    }

    /** @return the id of the line's product, or {@code null} when it is not known */
    Long productId(Pending line) {
        ProductRow row = products.get(line.productKey());
        return row == null ? null : row.id();
    }

    /** @return the store's offer of the product, or {@code null} when it has none (or it was not read) */
    OfferRow offer(long storeId, Long productId) {
        if (productId == null) {
            return null;
        }
        for (OfferRow offer : offersByProduct.getOrDefault(productId, List.of())) {
            if (offer.storeId() == storeId) {
                return offer;
            }
        }
        return null;
    }

    List<OfferRow> offers(long productId) {
        return offersByProduct.getOrDefault(productId, List.of());
    }
}
