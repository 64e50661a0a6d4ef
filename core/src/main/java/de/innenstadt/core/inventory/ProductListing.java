// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

import java.util.List;

/**
 * A product with every offer of it, as the search index needs it: the read model core publishes, so
 * the index module never learns about entities or the database.
 */
public record ProductListing(
        long productId,
        String gtin,
        String title,
        String brand,
        String category,
        String categoryName,
        String description,
        String imageUrl,
        List<OfferListing> offers) {

    public ProductListing {
        offers = List.copyOf(offers);
    }
}
