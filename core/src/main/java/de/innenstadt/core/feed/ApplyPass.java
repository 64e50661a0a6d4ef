// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.feed.CheckedLine.Pending;
import de.innenstadt.core.feed.Sql.UncheckedSqlException;
import de.innenstadt.core.merchant.FeedMode;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadFactory;

/**
 * Pass 2: reads the file again and applies it in batches ({@link BatchWriter}), skipping the lines a previous run of
 * this import already committed. A full feed's skipped lines are still looked up, so that its end knows every offer
 * the feed named ({@link FullFeedZeroing}).
 */
final class ApplyPass implements FeedSink {

    private final Connection c;
    private final ImportState state;
    private final MerchantFeed merchant;
    private final int batchSize;
    private final LineRules rules;
    private final BatchWriter writer;
    private final Checkpoint checkpoint;
    private final List<Pending> batch = new ArrayList<>();
    private final StoreKeys seenOffers = new StoreKeys();
    /**
     * Stores that had no offer when this pass began. Lines never repeat a (store, product), so the only offers
     * such a store can have are those this pass created for other products: its lines' offers need no reading.
     */
    private final Set<Long> storesWithoutOffers;
    private long events;
    private long batchEndEvent;
    private long lastFlushed;

    private ApplyPass(Connection c, ImportState state, MerchantFeed merchant, Clock clock, int batchSize) throws SQLException {
        this.c = c;
        this.state = state;
        this.merchant = merchant;
        this.batchSize = batchSize;
        this.rules = new LineRules(merchant);
        this.checkpoint = new Checkpoint(state.id());
        this.writer = new BatchWriter(c, state, merchant, clock, checkpoint, seenOffers);
        this.storesWithoutOffers = storesWithoutOffers(c, merchant.merchantId());
    }

    /**
     * @return the (store, product id) pairs the feed named, so that a full feed can set the offers it did not name
     *     to 0; kept by key rather than offer id, so that offers created by the import need not be read back
     */
    static StoreKeys run(Connection c, ImportState state, MerchantFeed merchant, FeedParser parser, Path file, ThreadFactory threads,
            Clock clock, int batchSize) throws SQLException, IOException, FeedFormatException {
        ApplyPass pass = new ApplyPass(c, state, merchant, clock, batchSize);
        try {
            ReadAhead.parse(threads, parser, file, merchant.options(), pass);
        } catch (UncheckedSqlException e) {
            throw e.getCause();
        }
        pass.flush();
        if (pass.lastFlushed > state.linesDone()) {
            // the counts of the last quiet batches, which no write carried yet
            pass.checkpoint.write(c, pass.lastFlushed);
        }
        return pass.seenOffers;
    }

    @Override
    public void accept(FeedLine line) {
        events++;
        CheckedLine checked = rules.check(events, line);
        if (checked instanceof Pending pending && (events > state.linesDone() || state.mode() == FeedMode.FULL)) {
            batch.add(pending);
        }
        endOfEvent();
    }

    @Override
    public void reject(FeedProblem problem) {
        events++;
        endOfEvent();
    }

    private void endOfEvent() {
        batchEndEvent = events;
        if (events == state.linesDone() || events - lastFlushed >= batchSize) {
            try {
                flush();
            } catch (SQLException e) {
                throw new UncheckedSqlException(e);
            }
        }
    }

    private void flush() throws SQLException {
        if (batchEndEvent == lastFlushed) {
            return;
        }
        if (batchEndEvent <= state.linesDone()) {
            rememberReplayedOffers();
        } else {
            writer.write(batch, batchEndEvent, p -> p.storeId() == 0 || !storesWithoutOffers.contains(p.storeId()));
        }
        batch.clear();
        lastFlushed = batchEndEvent;
    }

    /** A batch an earlier run committed: only which offers it named matters now. */
    private void rememberReplayedOffers() throws SQLException {
        if (batch.isEmpty()) {
            return;
        }
        Resolution resolution = BatchLookup.resolve(c, merchant, batch, p -> false);
        for (Pending p : batch) {
            Long productId = resolution.productId(p);
            if (p.storeId() != 0 && productId != null) {
                seenOffers.add(p.storeId(), productId);
            }
        }
    }

    private static Set<Long> storesWithoutOffers(Connection c, long merchantId) throws SQLException {
        Set<Long> empty = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT s.id FROM store s WHERE s.merchant_id = ?"
                + " AND NOT EXISTS (SELECT 1 FROM offer o WHERE o.store_id = s.id)")) {
            s.setLong(1, merchantId);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    empty.add(rs.getLong(1));
                }
            }
        }
        return empty;
    }
}
