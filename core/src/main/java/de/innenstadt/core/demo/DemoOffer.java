// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.demo;

import java.util.Objects;

/**
 * One store's price and stock for one product.
 *
 * <p>A quantity of zero is deliberate: "currently sold out" is a state the shop front must show
 * well, so the demo contains it.
 */
public record DemoOffer(String shopSlug, String storeName, String gtin, long priceCents, int quantity) {

    public DemoOffer {
        Objects.requireNonNull(shopSlug, "shopSlug");
        Objects.requireNonNull(storeName, "storeName");
        Objects.requireNonNull(gtin, "gtin");
        if (priceCents <= 0) {
            throw new IllegalArgumentException("price must be positive, not " + priceCents);
        }
        if (quantity < 0) {
            throw new IllegalArgumentException("quantity must not be negative, not " + quantity);
        }
    }
}
