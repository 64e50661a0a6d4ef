// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

import java.util.Locale;

/**
 * What grading and the metrics need of one search hit or catalogue product, with its {@link ProductType}
 * derived once, because every product is graded with every rule.
 *
 * @param gtin the GTIN, empty when the API gave none
 * @param title the title as the shop wrote it
 * @param brand the brand, empty when the API gave none
 * @param category the category slug ({@code schuhe}, {@code feinkost}, …)
 * @param articleId the API's article id shared by all variants of an article, or null while the API has none
 * @param outOfStock true when no offer has the goods in stock (or there is no offer at all)
 * @param type the product-type noun group of the title, lower case (see {@link ProductType})
 */
public record Hit(String gtin, String title, String brand, String category, String articleId, boolean outOfStock,
        String type) {

    public static Hit of(String gtin, String title, String brand, String category, String articleId,
            boolean outOfStock) {
        String safeBrand = brand == null ? "" : brand;
        return new Hit(gtin == null ? "" : gtin, title, safeBrand, category == null ? "" : category, articleId,
                outOfStock, ProductType.of(title, safeBrand));
    }

    /** The value of a field the rule language names, in lower case; null for an unknown field. */
    String field(String name) {
        String value = switch (name) {
            case "title" -> title;
            case "brand" -> brand;
            case "category" -> category;
            case "type" -> type;
            case "gtin" -> gtin;
            default -> null;
        };
        return value == null ? null : value.toLowerCase(Locale.ROOT);
    }
}
