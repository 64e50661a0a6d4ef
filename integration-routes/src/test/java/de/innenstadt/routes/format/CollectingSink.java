// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import de.innenstadt.core.feed.FeedLine;
import de.innenstadt.core.feed.FeedProblem;
import de.innenstadt.core.feed.FeedSink;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a parser delivered, for assertions. */
final class CollectingSink implements FeedSink {

    final List<FeedLine> lines = new ArrayList<>();

    /** Rejected lines as the push API reports them: the reason in English. */
    final List<Shown> problems = new ArrayList<>();

    /** A rejected line with its reason in words. */
    record Shown(long lineNumber, String column, String value, String reason) {
    }

    @Override
    public void accept(FeedLine line) {
        lines.add(line);
    }

    @Override
    public void reject(FeedProblem problem) {
        problems.add(new Shown(problem.lineNumber(), problem.column(), problem.value(), problem.reason().english()));
    }
}
