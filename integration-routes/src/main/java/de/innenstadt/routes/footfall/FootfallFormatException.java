// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.footfall;

import de.innenstadt.core.city.FootfallProblem;

/**
 * Counter data that cannot be read as a whole; names the line (CSV) or the field (API) so the sender
 * can fix it. The problem code and its detail (a column, the reader's finding) go on the import
 * record and are shown in the city manager's language; the message is for the log.
 */
public class FootfallFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final FootfallProblem problem;
    private final String detail;

    public FootfallFormatException(String message) {
        this(FootfallProblem.UNREADABLE, message, message);
    }

    public FootfallFormatException(String message, Throwable cause) {
        super(message, cause);
        this.problem = FootfallProblem.UNREADABLE;
        this.detail = message;
    }

    public FootfallFormatException(FootfallProblem problem, String detail, String message) {
        super(message);
        this.problem = problem;
        this.detail = detail;
    }

    public FootfallProblem problem() {
        return problem;
    }

    /** What the problem is about (the missing column, the reader's finding), or null. */
    public String detail() {
        return detail;
    }
}
