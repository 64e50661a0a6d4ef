// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One page of search results with facet counts, in our own types so no caller sees Elasticsearch. */
public record SearchResult(long total, int page, int size, List<ProductHit> hits, Map<String, List<FacetValue>> facets) {

    /** A product and the offers of the stores that carry it. */
    public record ProductHit(long productId, String gtin, String title, String brand, String category,
            String imageUrl, List<OfferHit> offers) {
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
