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

    final List<FeedProblem> problems = new ArrayList<>();

    @Override
    public void accept(FeedLine line) {
        lines.add(line);
    }

    @Override
    public void reject(FeedProblem problem) {
        problems.add(problem);
    }
}
