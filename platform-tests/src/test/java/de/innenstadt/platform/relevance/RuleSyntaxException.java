// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

/** A grading rule that cannot be read; the message names the column (1-based) and shows the rule. */
public class RuleSyntaxException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final int column;

    RuleSyntaxException(String problem, String rule, int offset) {
        super("column " + (offset + 1) + ": " + problem + " in rule '" + rule + "'");
        this.column = offset + 1;
    }

    public int column() {
        return column;
    }
}
