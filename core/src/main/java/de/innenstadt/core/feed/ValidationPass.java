// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.feed.CheckedLine.Pending;
import de.innenstadt.core.feed.CheckedLine.Rejected;
import de.innenstadt.core.feed.Sql.UncheckedSqlException;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadFactory;

/**
 * Pass 1: decides every line without applying anything and stores the rejections as they come, so that a feed
 * whose rejected share passes the merchant's threshold is refused before it changes a single offer.
 */
final class ValidationPass implements FeedSink {

    /** How many lines the feed had, and how many of them cannot be applied. */
    record Outcome(long read, long rejected) {
    }

    private static final int PROGRESS_EVERY = 10_000;

    private final Connection c;
    private final ImportState state;
    private final MerchantFeed merchant;
    private final int batchSize;
    private final LineRules rules;
    private final List<Pending> batch = new ArrayList<>();
    private final List<FeedProblem> problems = new ArrayList<>();
    private long events;
    private long rejected;

    private ValidationPass(Connection c, ImportState state, MerchantFeed merchant, int batchSize) {
        this.c = c;
        this.state = state;
        this.merchant = merchant;
        this.batchSize = batchSize;
        this.rules = new LineRules(merchant);
    }

    static Outcome run(Connection c, ImportState state, MerchantFeed merchant, FeedParser parser, Path file, ThreadFactory threads,
            int batchSize) throws SQLException, IOException, FeedFormatException {
        ImportRecords.startValidating(c, state.id());
        ValidationPass pass = new ValidationPass(c, state, merchant, batchSize);
        try {
            ReadAhead.parse(threads, parser, file, merchant.options(), pass);
            pass.flush();
        } catch (UncheckedSqlException e) {
            throw e.getCause();
        }
        ImportRecords.startApplying(c, state.id(), pass.events, pass.rejected);
        return new Outcome(pass.events, pass.rejected);
    }

    @Override
    public void accept(FeedLine line) {
        events++;
        CheckedLine checked = rules.check(events, line);
        if (checked instanceof Rejected r) {
            problem(r.problem());
        } else if (checked instanceof Pending p) {
            batch.add(p);
            if (batch.size() >= batchSize) {
                decideBatch();
            }
        }
        progress();
    }

    @Override
    public void reject(FeedProblem problem) {
        events++;
        problem(problem);
        progress();
    }

    private void problem(FeedProblem problem) {
        rejected++;
        problems.add(problem);
        if (problems.size() >= batchSize) {
            storeProblems();
        }
    }

    private void progress() {
        if (events % PROGRESS_EVERY == 0) {
            try {
                ImportRecords.linesRead(c, state.id(), events);
            } catch (SQLException e) {
                throw new UncheckedSqlException(e);
            }
        }
    }

    private void decideBatch() {
        try {
            Resolution resolution = BatchLookup.resolve(c, merchant, batch, LineDecision::offerDecidesProblem);
            for (Pending p : batch) {
                LineDecision decision = LineDecision.decide(p, resolution, merchant.merchantId());
                if (decision.problem() != null) {
                    problem(decision.problem());
                }
            }
            batch.clear();
        } catch (SQLException e) {
            throw new UncheckedSqlException(e);
        }
    }

    private void storeProblems() {
        try {
            ImportRecords.reject(c, state.id(), problems);
            problems.clear();
        } catch (SQLException e) {
            throw new UncheckedSqlException(e);
        }
    }

    private void flush() {
        if (!batch.isEmpty()) {
            decideBatch();
        }
        storeProblems();
    }
}
