// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.footfall;

import de.innenstadt.core.city.FootfallProblem;

/**
 * One value of a counter row cannot be read. An {@link IllegalArgumentException}, so the API reader
 * treats it like any other bad field; the CSV reader keeps its problem code for the import record.
 */
final class FootfallValueException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final FootfallProblem problem;
    private final String column;
    private final String value;

    FootfallValueException(FootfallProblem problem, String column, String value, String message) {
        super(column + ": " + message);
        this.problem = problem;
        this.column = column;
        this.value = value;
    }

    FootfallProblem problem() {
        return problem;
    }

    /** The reader's name of the column ({@code pedestrians_count}), not the file's heading. */
    String column() {
        return column;
    }

    String value() {
        return value;
    }
}
