// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import java.util.List;

/**
 * What a file would do, shown before it is applied: its first lines as understood and its problems.
 *
 * @param error the reason the whole file cannot be read, or {@code null}
 */
public record ImportPreview(List<FeedLine> firstLines, List<FeedProblem> firstProblems, long lines, long rejected,
        String error) {
}
