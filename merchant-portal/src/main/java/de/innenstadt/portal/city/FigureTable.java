// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.city;

import de.innenstadt.core.platform.SpreadsheetCsv;
import java.util.List;

/**
 * The data behind one chart, twice from the same values: as the page shows it (the table screen
 * readers get, formatted for the reader's language) and as the CSV file gives it to a spreadsheet or
 * a script (ISO dates with offsets, plain numbers with a decimal point, the counting points' ids,
 * English column names that stay the same in every language, an empty cell where a figure is not
 * shown). Built in one loop, so the picture, the table and the download never disagree.
 */
public record FigureTable(String id, String caption, List<String> headers, List<List<String>> rows,
        List<String> dataHeaders, List<List<String>> dataRows) {

    public FigureTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
        dataHeaders = List.copyOf(dataHeaders);
        dataRows = dataRows.stream().map(List::copyOf).toList();
    }

    /** {@code ;}-separated like the counter downloads, as {@link SpreadsheetCsv} writes every CSV of the platform. */
    public String toCsv() {
        StringBuilder csv = new StringBuilder(SpreadsheetCsv.BYTE_ORDER_MARK);
        csv.append(SpreadsheetCsv.line(dataHeaders));
        dataRows.forEach(row -> csv.append(SpreadsheetCsv.line(row)));
        return csv.toString();
    }
}
