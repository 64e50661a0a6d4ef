// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

import de.innenstadt.core.catalog.NetContent;
import java.util.List;

/**
 * A product with every offer of it, as the search index needs it: the read model core publishes, so
 * the index module never learns about entities or the database. {@code netContent} is {@code null} for
 * goods sold by the piece.
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
        List<OfferListing> offers,
        NetContent netContent) {

    public ProductListing {
        offers = List.copyOf(offers);
    }

    /**
     * Which article the product belongs to and what sets it apart from the article's other variants,
     * with what the whole article offers (its colours and sizes, how many variants, how many stores
     * carry one of them); a single product is an article of its own ({@link #single}).
     */
    public record ArticleVariant(String articleKey, String articleTitle, String color, String size,
            ArticleRange range) {

        public static ArticleVariant single(long productId, String title) {
            return new ArticleVariant("p" + productId, title, null, null, ArticleRange.NONE);
        }
    }

    /** The colours and sizes of all of an article's variants, how many there are and how many stores have one. */
    public record ArticleRange(List<String> colors, List<String> sizes, int variantCount, int storeCount) {

        public static final ArticleRange NONE = new ArticleRange(List.of(), List.of(), 1, 0);

        public ArticleRange {
            colors = List.copyOf(colors);
            sizes = List.copyOf(sizes);
        }
    }
}
