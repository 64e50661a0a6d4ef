// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.feed.Sql.UncheckedSqlException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;

/**
 * Pass 1: judges every line without applying anything and stores the rejections as they come, so that a feed
 * whose rejected share passes the merchant's threshold is refused before it changes a single offer.
 */
final class ValidationPass extends JudgingSink {

    /** How many lines the feed had, and how many of them cannot be applied. */
    record Outcome(long read, long rejected) {
    }

    private static final int PROGRESS_EVERY = 10_000;

    private final Connection c;
    private final long importId;
    private final int batchSize;
    private final List<FeedProblem> problems = new ArrayList<>();
    private long rejected;

    private ValidationPass(Connection c, long importId, MerchantFeed merchant, int batchSize) {
        super(c, merchant, batchSize);
        this.c = c;
        this.importId = importId;
        this.batchSize = batchSize;
    }

    static Outcome run(Connection c, ImportState state, MerchantFeed merchant, FeedParser parser, Path file, ThreadFactory threads,
            int batchSize) throws SQLException, IOException, FeedFormatException {
        ImportRecords.startValidating(c, state.id());
        ValidationPass pass = new ValidationPass(c, state.id(), merchant, batchSize);
        try {
            ReadAhead.parse(threads, parser, file, merchant.options(), pass);
            pass.judgeBatch();
            pass.storeProblems();
        } catch (UncheckedSqlException e) {
            throw e.getCause();
        }
        ImportRecords.startApplying(c, state.id(), pass.events(), pass.rejected);
        return new Outcome(pass.events(), pass.rejected);
    }

    @Override
    void rejected(FeedProblem problem) {
        rejected++;
        problems.add(problem);
        if (problems.size() >= batchSize) {
            storeProblems();
        }
    }

    @Override
    void afterEvent() {
        if (events() % PROGRESS_EVERY == 0) {
            try {
                ImportRecords.linesRead(c, importId, events());
            } catch (SQLException e) {
                throw new UncheckedSqlException(e);
            }
        }
    }

    private void storeProblems() {
        try {
            ImportRecords.reject(c, importId, problems);
            problems.clear();
        } catch (SQLException e) {
            throw new UncheckedSqlException(e);
        }
    }
}
