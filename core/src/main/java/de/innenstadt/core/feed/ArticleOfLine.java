// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.catalog.ArticleTitles;

/**
 * The article columns a feed line writes to its product: the article key scoped by the merchant
 * („m12:SNEAKER-CLASSIC“, since two merchants' group ids say nothing about each other), the article's
 * title without the variant values, the colour and the size. All {@code null} when the line names no
 * article group, so a feed without variants leaves the columns as they are.
 */
record ArticleOfLine(String key, String title, String color, String size) {

    private static final ArticleOfLine NONE = new ArticleOfLine(null, null, null, null);

    static ArticleOfLine of(long merchantId, FeedLine.FeedProduct product) {
        if (product == null || product.variant() == null) {
            return NONE;
        }
        FeedLine.FeedVariant variant = product.variant();
        return new ArticleOfLine(limit("m" + merchantId + ":" + variant.groupId(), 200),
                limit(ArticleTitles.withoutVariant(product.title(), variant.color(), variant.size()), 300),
                limit(variant.color(), 60), limit(variant.size(), 60));
    }

    private static String limit(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
