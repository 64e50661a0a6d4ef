// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

/** Google's availability words, derived from a quantity: 3+ in stock, 1–2 limited, 0 out of stock. */
public enum Availability {
    IN_STOCK,
    LIMITED,
    OUT_OF_STOCK;

    public static Availability of(int available) {
        if (available >= 3) {
            return IN_STOCK;
        }
        return available > 0 ? LIMITED : OUT_OF_STOCK;
    }
}
