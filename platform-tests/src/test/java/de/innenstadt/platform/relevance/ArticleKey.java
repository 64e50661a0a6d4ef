// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which article a hit belongs to, so that variant crowding can count the places taken by sizes and
 * colours of an article already shown. The API's {@code articleId} decides when it has one; until
 * then the article is the brand with the title stripped of its variant attributes ("Gr. M",
 * "W32/L34", sizes in cm/Zoll/GB, colours), because a shopper who sees "Strickpullover schwarz Gr. M"
 * and "Strickpullover grau Gr. L" from one brand sees one pullover twice.
 */
public final class ArticleKey {

    private static final Pattern VARIANT_NUMBER = Pattern.compile("\\(Variante \\d+\\)");

    private final VariantWords variantWords;

    public ArticleKey(VariantWords variantWords) {
        this.variantWords = variantWords;
    }

    public String of(Hit hit) {
        if (hit.articleId() != null && !hit.articleId().isBlank()) {
            return "article:" + hit.articleId();
        }
        String title = VARIANT_NUMBER.matcher(hit.title()).replaceAll(" ").strip();
        String brand = hit.brand().strip();
        if (!brand.isEmpty() && title.toLowerCase(Locale.ROOT).startsWith(brand.toLowerCase(Locale.ROOT) + " ")) {
            title = title.substring(brand.length());
        }
        return brand.toLowerCase(Locale.ROOT) + "|"
                + variantWords.withoutVariantAttributes(title).toLowerCase(Locale.ROOT);
    }
}
