// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.feed.CheckedLine.Pending;
import de.innenstadt.core.feed.CheckedLine.Rejected;
import de.innenstadt.core.feed.Sql.UncheckedSqlException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a file would do, decided by the same rules as the import's pass 1 ({@link LineRules}, {@link LineDecision})
 * but without writing anything: a preview that says „8 read, 3 rejected“ must not be followed by an import that
 * rejects all 8.
 */
final class PreviewPass implements FeedSink {
    private static final int BATCH = 1000;

    private final Connection c;
    private final MerchantFeed merchant;
    private final int maxLines;
    private final LineRules rules;
    private final List<Pending> batch = new ArrayList<>();
    private final List<FeedLine> lines = new ArrayList<>();
    private final List<FeedProblem> problems = new ArrayList<>();
    private long events;
    private long rejected;

    private PreviewPass(Connection c, MerchantFeed merchant, int maxLines) {
        this.c = c;
        this.merchant = merchant;
        this.maxLines = maxLines;
        this.rules = new LineRules(merchant);
    }

    /** Reads the whole file; keeps the first {@code maxLines} lines that would be applied and the first problems. */
    static ImportPreview run(Connection c, MerchantFeed merchant, FeedParser parser, InputStream content, int maxLines)
            throws SQLException {
        PreviewPass pass = new PreviewPass(c, merchant, maxLines);
        String error = null;
        try {
            parser.parse(content, merchant.options(), pass);
        } catch (FeedFormatException e) {
            error = e.getMessage();
        } catch (UncheckedSqlException e) {
            throw e.getCause();
        }
        try {
            pass.decideBatch();
        } catch (UncheckedSqlException e) {
            throw e.getCause();
        }
        List<FeedProblem> first = pass.problems.stream().sorted(Comparator.comparingLong(FeedProblem::lineNumber)).limit(maxLines)
                .toList();
        return new ImportPreview(List.copyOf(pass.lines), first, pass.events, pass.rejected, error);
    }

    @Override
    public void accept(FeedLine line) {
        events++;
        CheckedLine checked = rules.check(events, line);
        if (checked instanceof Rejected r) {
            problem(r.problem());
        } else if (checked instanceof Pending p) {
            batch.add(p);
            if (batch.size() >= BATCH) {
                decideBatch();
            }
        }
    }

    @Override
    public void reject(FeedProblem problem) {
        events++;
        problem(problem);
    }

    private void problem(FeedProblem problem) {
        rejected++;
        // decisions arrive a batch late, so more than the first problems are kept until they are sorted
        if (problems.size() < 2 * maxLines + BATCH) {
            problems.add(problem);
        }
    }

    private void decideBatch() {
        if (batch.isEmpty()) {
            return;
        }
        try {
            Resolution resolution = BatchLookup.resolve(c, merchant, batch, LineDecision::offerDecidesProblem);
            for (Pending p : batch) {
                LineDecision decision = LineDecision.decide(p, resolution, merchant.merchantId());
                if (decision.problem() != null) {
                    problem(decision.problem());
                } else if (lines.size() < maxLines) {
                    lines.add(p.line());
                }
            }
            batch.clear();
        } catch (SQLException e) {
            throw new UncheckedSqlException(e);
        }
    }
}
