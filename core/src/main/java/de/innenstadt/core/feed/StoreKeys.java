// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import java.util.HashMap;
import java.util.Map;

/**
 * Numbers (product ids, hashes of product keys) per store. One set per store stays small enough for the
 * processor's cache where one set for a million lines did not, and a feed in store order asks for the same
 * store's set line after line.
 */
final class StoreKeys {
    /** Initial slots of a store's set: feeds name hundreds to tens of thousands of products per store. */
    private static final int SET_CAPACITY = 1024;

    private final Map<Long, LongHashSet> keysByStore = new HashMap<>();
    private long lastStoreId = -1;
    private LongHashSet lastStoreKeys;

    /** @return true when the store did not have the key yet */
    boolean add(long storeId, long key) {
        if (storeId != lastStoreId) {
            lastStoreKeys = keysByStore.computeIfAbsent(storeId, k -> new LongHashSet(SET_CAPACITY));
            lastStoreId = storeId;
        }
        return lastStoreKeys.add(key);
    }

    boolean contains(long storeId, long key) {
        LongHashSet keys = keysByStore.get(storeId);
        return keys != null && keys.contains(key);
    }
}
