// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A row of a counts file that was not stored: where it is, what is wrong, and the value that was found. */
@Embeddable
public class FootfallRejection {

    private static final int VALUE_LENGTH = 200;

    @Column(name = "line_number")
    private int line;

    @Enumerated(EnumType.STRING)
    private FootfallProblem problem;

    @Column(name = "column_name")
    private String columnName;

    private String value;

    protected FootfallRejection() {
    }

    public FootfallRejection(int line, FootfallProblem problem, String columnName, String value) {
        this.line = line;
        this.problem = problem;
        this.columnName = columnName;
        this.value = value == null || value.length() <= VALUE_LENGTH ? value : value.substring(0, VALUE_LENGTH);
    }

    public int getLine() {
        return line;
    }

    public FootfallProblem getProblem() {
        return problem;
    }

    /** The file's own name of the column, or null when the row as a whole is wrong. */
    public String getColumnName() {
        return columnName;
    }

    /** The value as it stands in the file (cut to 200 characters), or null. */
    public String getValue() {
        return value;
    }
}
