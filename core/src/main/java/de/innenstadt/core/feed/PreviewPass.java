// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.feed.CheckedLine.Pending;
import de.innenstadt.core.feed.Sql.UncheckedSqlException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a file would do, judged as the import's pass 1 judges it but without writing anything: a preview that says
 * „8 read, 3 rejected“ must not be followed by an import that rejects all 8.
 */
final class PreviewPass extends JudgingSink {
    private static final int BATCH = 1000;

    private final int maxLines;
    private final List<FeedLine> lines = new ArrayList<>();
    private final List<FeedProblem> problems = new ArrayList<>();
    private long rejected;

    private PreviewPass(Connection c, MerchantFeed merchant, int maxLines) {
        super(c, merchant, BATCH);
        this.maxLines = maxLines;
    }

    /** Reads the whole file; keeps the first {@code maxLines} lines that would be applied and the first problems. */
    static ImportPreview run(Connection c, MerchantFeed merchant, FeedParser parser, InputStream content, int maxLines)
            throws SQLException {
        PreviewPass pass = new PreviewPass(c, merchant, maxLines);
        FeedText error = null;
        try {
            try {
                parser.parse(content, merchant.options(), pass);
            } catch (FeedFormatException e) {
                error = e.text();
            }
            pass.judgeBatch();
        } catch (UncheckedSqlException e) {
            throw e.getCause();
        }
        List<FeedProblem> first = pass.problems.stream().sorted(Comparator.comparingLong(FeedProblem::lineNumber)).limit(maxLines)
                .toList();
        return new ImportPreview(List.copyOf(pass.lines), first, pass.events(), pass.rejected, merchant.threshold(), error);
    }

    @Override
    void rejected(FeedProblem problem) {
        rejected++;
        // the catalogue's verdicts arrive a batch late: more than the first problems are kept until they are sorted
        if (problems.size() < 2 * maxLines + BATCH) {
            problems.add(problem);
        }
    }

    @Override
    void passed(Pending line) {
        if (lines.size() < maxLines) {
            lines.add(line.line());
        }
    }
}
