// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A feed row that was not applied, kept with enough detail for the merchant to fix it at the source. */
@Entity
@Table(name = "feed_rejected_row")
public class RejectedRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "import_id")
    private FeedImport feedImport;

    @Column(name = "line_number")
    private int lineNumber;

    @Column(name = "column_name")
    private String columnName;

    private String value;

    private String reason;

    protected RejectedRow() {
    }

    public RejectedRow(FeedImport feedImport, int lineNumber, String columnName, String value, String reason) {
        this.feedImport = feedImport;
        this.lineNumber = lineNumber;
        this.columnName = columnName;
        this.value = value == null || value.length() <= 500 ? value : value.substring(0, 500);
        this.reason = reason;
    }

    public int getLineNumber() {
        return lineNumber;
    }

    public String getColumnName() {
        return columnName;
    }

    public String getValue() {
        return value;
    }

    public String getReason() {
        return reason;
    }
}
