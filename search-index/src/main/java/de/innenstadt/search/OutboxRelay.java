// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import de.innenstadt.core.inventory.ProductListing;
import de.innenstadt.core.inventory.ProductListings;
import de.innenstadt.core.platform.Outbox;
import de.innenstadt.core.platform.OutboxEntry.Aggregate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Carries committed changes from the outbox into the search index. A batch of rows is claimed,
 * the products they name are re-read and written in one bulk request, and the rows are deleted in
 * the same transaction; if Elasticsearch is down the transaction rolls back and the rows wait.
 */
@ApplicationScoped
public class OutboxRelay {

    static final int BATCH = 500;

    /** Younger rows of the same products taken along, so a product changed in many stores is written once. */
    static final int SAME_PRODUCT_ROWS = 10_000;

    @Inject
    private Outbox outbox;

    @Inject
    private ProductListings listings;

    @Inject
    private ProductIndex index;

    /** Relays one batch; returns how many outbox rows it handled (0 when there was nothing to do). */
    @Transactional
    public int relayBatch() {
        List<Outbox.Claimed> claimed = outbox.claim(BATCH, SAME_PRODUCT_ROWS);
        if (claimed.isEmpty()) {
            return 0;
        }
        Set<Long> productIds = new LinkedHashSet<>();
        for (Outbox.Claimed row : claimed) {
            if (row.aggregate() == Aggregate.PRODUCT) {
                productIds.add(row.aggregateId());
            } else {
                productIds.addAll(listings.productIdsOfStore(row.aggregateId()));
            }
        }
        long version = index.versionNow();
        List<ProductListing> current = listings.load(productIds);
        index.write(index.concreteIndices(), productIds, current, version);
        outbox.delete(claimed.stream().map(Outbox.Claimed::id).toList());
        return claimed.size();
    }
}
