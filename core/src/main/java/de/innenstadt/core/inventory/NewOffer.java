// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

/**
 * A product a merchant starts selling in one store, entered by GTIN. Title, brand, department (a category
 * slug), image and content („500 g“, for the Grundpreis; blank for goods sold by the piece) only matter for a
 * GTIN the catalog does not know yet; a known product keeps its catalog data.
 */
public record NewOffer(long storeId, String gtin, String title, String brand, String category, String imageUrl,
        String netContent, Money price, int quantity) {
}
