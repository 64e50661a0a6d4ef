// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import de.innenstadt.core.inventory.ProductListings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Builds the whole index anew from the database and swaps the alias when it is complete, so searches
 * keep answering from the old index meanwhile. The database is the truth; this is how the index is
 * recovered after a mapping change, data loss or a demo load.
 */
@ApplicationScoped
public class Reindexer {

    private static final Logger LOG = Logger.getLogger(Reindexer.class.getName());
    private static final int PAGE = 500;

    @Inject
    private ProductListings listings;

    @Inject
    private ProductIndex index;

    /** Rebuilds into a new index and makes it live; returns the number of products indexed. */
    public long rebuild() {
        long started = System.nanoTime();
        String target = index.createIndex();
        long count = 0;
        long lastId = 0;
        List<Long> ids = listings.productIdsAfter(lastId, PAGE);
        while (!ids.isEmpty()) {
            long version = index.versionNow();
            index.write(List.of(target), ids, listings.load(ids), version);
            count += ids.size();
            lastId = ids.get(ids.size() - 1);
            ids = listings.productIdsAfter(lastId, PAGE);
        }
        index.swapAliasTo(target);
        long products = count;
        LOG.info(() -> "Indexed " + products + " products in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return count;
    }

    /** Rebuilds only when there is no live index or it was built from another mapping. */
    public boolean rebuildIfOutdated() {
        if (index.isCurrent()) {
            return false;
        }
        rebuild();
        return true;
    }
}
