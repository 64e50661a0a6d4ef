// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.inventory.StockSource;
import de.innenstadt.core.merchant.FeedMode;

/**
 * An import's record as the pipeline reads it before each step: where it stands and what it counted so far.
 *
 * @param linesDone the lines (events) whose batch is committed; a resumed import skips them
 * @param storeId the store the file is for (its lines without a store code), or {@code null}: the file names them
 */
record ImportState(long id, long merchantId, FeedSource source, FeedFormat format, FeedMode mode, ImportStatus status,
        Phase phase, long linesDone, long applied, long unchanged, long rejected, Long storeId) {

    /** Where an import stands: pass 1 decides every line, pass 2 applies them. */
    enum Phase {
        RECEIVED, VALIDATING, APPLYING, DONE
    }

    /** How the offers this import writes are marked: stock pushed through the API, or a feed. */
    String stockSource() {
        return source == FeedSource.API ? StockSource.API.name() : StockSource.FEED.name();
    }
}
