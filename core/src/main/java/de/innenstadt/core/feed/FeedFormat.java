// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

/**
 * The export formats of merchants' systems that Innenstadt reads. Stored by name on each import and in
 * the merchant's feed settings, so names are part of the schema and must not be renamed.
 */
public enum FeedFormat {
    /** A point-of-sale CSV export with a column mapping kept per merchant. */
    POS_CSV,
    /** Google local inventory feed, tab-separated text. */
    GOOGLE_LOCAL_INVENTORY_TSV,
    /** Google local inventory feed, XML (RSS 2.0 with the g: namespace). */
    GOOGLE_LOCAL_INVENTORY_XML,
    /** Google local products feed: product data (title, brand, GTIN, image) without store stock. */
    GOOGLE_LOCAL_PRODUCTS,
    /** BMEcat 1.2 or 2005 catalog: T_NEW_CATALOG, T_UPDATE_PRODUCTS or T_UPDATE_PRICES. */
    BMECAT,
    /** Lines pushed as JSON to {@code POST /api/v1/stock}. */
    JSON_PUSH
}
