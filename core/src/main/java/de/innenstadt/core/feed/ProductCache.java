// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.feed.Resolution.ProductRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The products this import has read, by product key, so that a feed in store order (each product once per
 * store, a hundred times for a hundred stores) reads each product once instead of once per store. Bounded: the
 * least recently used go first, and rows with long descriptions are not kept. A product someone else changes
 * during the import is compared with what the import read before; a product the import updates is read again.
 * Pass 1 also remembers products that do not exist; pass 2, which creates them, forgets those first
 * ({@link #forgetMissing}).
 */
final class ProductCache {
    private static final int MAX_PRODUCTS = 50_000;
    static final int MAX_DESCRIPTION = 2_000;
    private static final ProductRow MISSING = new ProductRow(0, null, null, null, null, null, null, null, null, null);

    private final Map<String, ProductRow> rows;
    private boolean remembersMissing = true;

    ProductCache() {
        this(MAX_PRODUCTS);
    }

    ProductCache(int capacity) {
        rows = new LeastRecentlyUsed(capacity);
    }

    /** Whether the import has read the key, whether or not a product was found. */
    boolean knows(String key) {
        return rows.containsKey(key);
    }

    Optional<ProductRow> find(String key) {
        ProductRow row = rows.get(key);
        return row == null || row == MISSING ? Optional.empty() : Optional.of(row);
    }

    /** Remembers what a read of {@code keys} found ({@code found} may hold other keys too). */
    void remember(List<String> keys, Map<String, ProductRow> found) {
        for (String key : keys) {
            ProductRow row = found.get(key);
            if (row == null) {
                if (remembersMissing) {
                    rows.put(key, MISSING);
                }
            } else if (row.description() == null || row.description().length() <= MAX_DESCRIPTION) {
                rows.put(key, row);
            }
        }
    }

    void forget(String key) {
        rows.remove(key);
    }

    /** From now on products are created: what was missing may exist now, and missing ones are not remembered. */
    void forgetMissing() {
        remembersMissing = false;
        rows.values().removeIf(row -> row == MISSING);
    }

    private static final class LeastRecentlyUsed extends LinkedHashMap<String, ProductRow> {
        private static final long serialVersionUID = 1L;
        private final int capacity;

        LeastRecentlyUsed(int capacity) {
            super(1024, 0.75f, true);
            this.capacity = capacity;
        }

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ProductRow> eldest) {
            return size() > capacity;
        }
    }
}
