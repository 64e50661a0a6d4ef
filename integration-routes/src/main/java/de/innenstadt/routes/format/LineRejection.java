// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import de.innenstadt.core.feed.FeedProblem;
import de.innenstadt.core.feed.FeedText;

/**
 * Ends the reading of one line with the problem the merchant sees; the parser reports it and goes on
 * with the next line. Thrown for every bad value, so it carries no stack trace.
 */
final class LineRejection extends Exception {

    private static final long serialVersionUID = 1L;

    /** Longer values are cut in reports: the start is enough to find the line. */
    static final int MAX_VALUE_CHARS = 100;

    private final transient FeedProblem problem;

    LineRejection(long line, String column, String value, FeedText reason) {
        super(reason.english(), null, false, false);
        String shown = value == null || value.length() <= MAX_VALUE_CHARS ? value : value.substring(0, MAX_VALUE_CHARS) + "…";
        this.problem = new FeedProblem(line, column, shown, reason);
    }

    static LineRejection of(FeedRecord record, String field, FeedText reason) {
        return new LineRejection(record.line(), record.column(field), record.value(field), reason);
    }

    FeedProblem problem() {
        return problem;
    }
}
