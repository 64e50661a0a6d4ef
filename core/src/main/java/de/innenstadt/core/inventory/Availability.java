// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

/** Google's availability words, derived from a quantity: 3+ in stock, 1–2 limited, 0 out of stock. */
public enum Availability {
    IN_STOCK,
    LIMITED,
    OUT_OF_STOCK;

    /** From this many available units on, an offer is simply in stock. */
    public static final int IN_STOCK_FROM = 3;

    public static Availability of(int available) {
        if (available >= IN_STOCK_FROM) {
            return IN_STOCK;
        }
        return available > 0 ? LIMITED : OUT_OF_STOCK;
    }

    /**
     * The part of an available quantity that search shows and filters on: the exact figure below
     * {@link #IN_STOCK_FROM}, above it only that there is plenty. The index stores this figure, so a
     * reservation that takes one of 1,000 units changes nothing there and needs no re-indexing; one
     * that leaves fewer than three does.
     */
    public static int searchRelevant(int available) {
        return Math.max(0, Math.min(available, IN_STOCK_FROM));
    }
}
