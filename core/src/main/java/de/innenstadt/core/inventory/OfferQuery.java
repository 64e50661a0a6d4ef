// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

/**
 * A page of a merchant's offers: optional text filter (every word must appear in the title, brand or store name,
 * in any order: „Winterjacke camel“; or the whole text is a GTIN), optionally only offers running low (fewer than
 * {@link Availability#IN_STOCK_FROM} left to reserve), a sort field and direction. Sort fields are a closed set so
 * no caller text ever reaches a query string.
 */
public record OfferQuery(long merchantId, String text, boolean lowStockOnly, SortField sortField, boolean ascending,
        int offset, int limit) {

    /** At most this many words of the filter count; more would only make the query slower, not the list shorter. */
    static final int MAX_WORDS = 6;

    /** Columns a merchant can sort the offer list by. */
    public enum SortField {
        TITLE("p.title"),
        QUANTITY("o.quantity"),
        PRICE("o.priceCents"),
        UPDATED("o.stockUpdatedAt"),
        STORE("s.name");

        private final String path;

        SortField(String path) {
            this.path = path;
        }

        String path() {
            return path;
        }
    }

    public OfferQuery {
        if (offset < 0 || limit < 1 || limit > 500) {
            throw new IllegalArgumentException("Page must start at 0 or later and hold 1 to 500 rows");
        }
        if (sortField == null) {
            sortField = SortField.TITLE;
        }
    }
}
