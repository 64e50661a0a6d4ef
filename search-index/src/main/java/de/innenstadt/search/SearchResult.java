// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import de.innenstadt.core.catalog.NetContent;
import de.innenstadt.core.inventory.Money;
import de.innenstadt.core.inventory.UnitPrice;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One page of search results with facet counts, in our own types so no caller sees Elasticsearch.
 * {@code approximate}: the words as typed found nothing, these hits allow typos.
 */
public record SearchResult(long total, int page, int size, List<ProductHit> hits, Map<String, List<FacetValue>> facets,
        boolean approximate) {

    /** Nothing yet, e.g. before a search ran. */
    public static SearchResult empty(int size) {
        return new SearchResult(0, 0, size, List.of(), Map.of(), false);
    }

    /**
     * An article, shown by its best-matching variant (the product) with the offers of the stores that
     * carry that variant; {@code netContent} is {@code null} for goods sold by the piece.
     */
    public record ProductHit(long productId, String gtin, String title, String brand, String category,
            String imageUrl, ArticleSummary article, List<OfferHit> offers, NetContent netContent) {

        /** The Grundpreis of one of the hit's offers; empty for goods sold by the piece. */
        public Optional<UnitPrice> unitPrice(OfferHit offer) {
            return UnitPrice.of(new Money(offer.priceCents(), offer.currency()), netContent);
        }
    }

    /**
     * The article a hit stands for: its title without variant values, the shown variant's colour and
     * size, and how many variants, colours, sizes and stores the search found of it.
     */
    public record ArticleSummary(String key, String title, String color, String size, int variantCount,
            List<String> colors, List<String> sizes, int storeCount) {

        public ArticleSummary {
            colors = List.copyOf(colors);
            sizes = List.copyOf(sizes);
        }

        /** Whether the article has variants to choose from. */
        public boolean hasChoice() {
            return variantCount > 1;
        }
    }

    /** One store's offer; {@code distanceKm} is null when the search had no position. */
    public record OfferHit(long offerId, long storeId, String storeName, String merchantSlug, long priceCents,
            String currency, int quantity, String availability, Double distanceKm, boolean openNow,
            Instant stockUpdatedAt) {
    }

    /** A facet value and how many products have it. */
    public record FacetValue(String value, long count) {
    }
}
