// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.demo;

import java.util.Objects;

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
}
