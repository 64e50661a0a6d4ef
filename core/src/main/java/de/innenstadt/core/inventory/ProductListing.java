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
        ArticleVariant variant,
        List<OfferListing> offers) {

    public ProductListing {
        offers = List.copyOf(offers);
    }

    /**
     * Which article the product belongs to and what sets it apart from the article's other variants;
     * a single product is an article of its own ({@link #single}).
     */
    public record ArticleVariant(String articleKey, String articleTitle, String color, String size) {

        public static ArticleVariant single(long productId, String title) {
            return new ArticleVariant("p" + productId, title, null, null);
        }
    }
}
