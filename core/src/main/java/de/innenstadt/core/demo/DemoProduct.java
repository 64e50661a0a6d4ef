// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.demo;

import de.innenstadt.core.catalog.NetContent;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A generated product: the catalogue entry every shop's offer of it refers to.
 *
 * <p>{@code priceCents} is the recommended retail price; shops deviate from it in
 * {@link DemoAssortment}. {@code imagePath} is the product's drawn illustration
 * ({@link de.innenstadt.core.catalog.ProductIllustration}): the demo ships no photos, and pictures of
 * real brands' goods must not appear. Products drawn from one title template with
 * the same brand and the same values but colour and size are variants of one article: they share
 * {@code articleKey} and {@code articleTitle}; {@code color} and {@code size} are null where the
 * article has no such choice.
 */
public record DemoProduct(
        String gtin,
        String title,
        String brand,
        String category,
        String description,
        long priceCents,
        String imagePath,
        String articleKey,
        String articleTitle,
        String color,
        String size) {

    public DemoProduct {
        Objects.requireNonNull(gtin, "gtin");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(articleKey, "articleKey");
        Objects.requireNonNull(articleTitle, "articleTitle");
        if (priceCents <= 0) {
            throw new IllegalArgumentException("price of " + gtin + " must be positive, not " + priceCents);
        }
    }

    /** Categories whose titles end in the pack's content; elsewhere a measure is a size (a 28 cm pan, a 60 l rucksack). */
    private static final Set<String> SOLD_BY_MEASURE = Set.of("feinkost", "drogerie");

    private static final Pattern CONTENT_AT_END = Pattern.compile("(\\d+(?:,\\d+)?\\s?(?:g|kg|ml|l))$");

    /**
     * What one pack holds, for the Grundpreis: food and drugstore titles end in it („… 500 g“, „… 0,75 l“),
     * as the vocabulary files write them.
     */
    public Optional<NetContent> netContent() {
        if (!SOLD_BY_MEASURE.contains(category)) {
            return Optional.empty();
        }
        Matcher content = CONTENT_AT_END.matcher(title);
        return content.find() ? NetContent.parse(content.group(1)) : Optional.empty();
    }
}
