// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import java.util.Optional;

/**
 * A shopper's search, already validated by the caller's boundary (the REST resource or the search
 * page): nothing reaches Elasticsearch that was not checked here first.
 */
public record SearchRequest(
        String text,
        Double lat,
        Double lon,
        Double radiusKm,
        String category,
        String brand,
        String shop,
        Long priceMinCents,
        Long priceMaxCents,
        boolean inStockOnly,
        boolean openNow,
        boolean pickupToday,
        Sort sort,
        int page,
        int size,
        String color,
        String variantSize) {

    /** How results are ordered. */
    public enum Sort {
        RELEVANCE,
        DISTANCE,
        PRICE
    }

    public static final int MAX_SIZE = 100;
    public static final int MAX_TEXT = 200;
    public static final int MAX_PAGE = 100;
    public static final double MAX_RADIUS_KM = 100;

    public SearchRequest {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("q may be at most " + MAX_TEXT + " characters long");
        }
        if ((lat == null) != (lon == null)) {
            throw new IllegalArgumentException("lat and lon must be given together");
        }
        if (lat != null && (lat < -90 || lat > 90 || lon < -180 || lon > 180)) {
            throw new IllegalArgumentException("lat must lie between -90 and 90 and lon between -180 and 180");
        }
        if (radiusKm != null && (radiusKm <= 0 || radiusKm > MAX_RADIUS_KM || lat == null)) {
            throw new IllegalArgumentException("radiusKm must be above 0 and at most " + (int) MAX_RADIUS_KM
                    + ", with lat and lon");
        }
        if (priceMinCents != null && priceMinCents < 0 || priceMaxCents != null && priceMaxCents < 0) {
            throw new IllegalArgumentException("prices cannot be negative");
        }
        if (priceMinCents != null && priceMaxCents != null && priceMinCents > priceMaxCents) {
            throw new IllegalArgumentException("priceMin must not exceed priceMax");
        }
        if (page < 0 || page > MAX_PAGE) {
            throw new IllegalArgumentException("page must lie between 0 and " + MAX_PAGE);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size must lie between 1 and " + MAX_SIZE);
        }
        if (sort == null) {
            sort = Sort.RELEVANCE;
        }
        if (sort == Sort.DISTANCE && lat == null) {
            throw new IllegalArgumentException("sort=distance needs lat and lon");
        }
    }

    /** A search without colour and size filters. */
    public SearchRequest(String text, Double lat, Double lon, Double radiusKm, String category, String brand,
            String shop, Long priceMinCents, Long priceMaxCents, boolean inStockOnly, boolean openNow,
            boolean pickupToday, Sort sort, int page, int size) {
        this(text, lat, lon, radiusKm, category, brand, shop, priceMinCents, priceMaxCents, inStockOnly, openNow,
                pickupToday, sort, page, size, null, null);
    }

    /** A search without the pickup-today filter. */
    public SearchRequest(String text, Double lat, Double lon, Double radiusKm, String category, String brand,
            String shop, Long priceMinCents, Long priceMaxCents, boolean inStockOnly, boolean openNow, Sort sort,
            int page, int size) {
        this(text, lat, lon, radiusKm, category, brand, shop, priceMinCents, priceMaxCents, inStockOnly, openNow,
                false, sort, page, size);
    }

    /** A plain text search with defaults, e.g. from the home page's search box. */
    public static SearchRequest of(String text) {
        return new SearchRequest(text, null, null, null, null, null, null, null, null, false, false, Sort.RELEVANCE, 0, 20);
    }

    /** The same search on another page. */
    public SearchRequest onPage(int otherPage) {
        return new SearchRequest(text, lat, lon, radiusKm, category, brand, shop, priceMinCents, priceMaxCents,
                inStockOnly, openNow, pickupToday, sort, otherPage, size, color, variantSize);
    }

    public Optional<double[]> findPoint() {
        return lat == null ? Optional.empty() : Optional.of(new double[] {lat, lon});
    }

    /** Whether anything but the words narrows the search. */
    boolean hasFilter() {
        return hasOfferFilter() || category != null || brand != null || color != null || variantSize != null;
    }

    /** The words alone, on the first page: what the text finds before any filter. */
    SearchRequest wordsOnly() {
        return new SearchRequest(text, null, null, null, null, null, null, null, null, false, false, false,
                Sort.RELEVANCE, 0, size, null, null);
    }

    boolean hasOfferFilter() {
        return radiusKm != null || shop != null || priceMinCents != null || priceMaxCents != null || inStockOnly
                || openNow || pickupToday;
    }
}
