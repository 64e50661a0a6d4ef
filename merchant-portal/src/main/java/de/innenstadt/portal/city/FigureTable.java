// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.city;

import java.util.List;
import java.util.stream.Collectors;

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

    /** {@code ;}-separated like the counter downloads, with a UTF-8 byte order mark so spreadsheets read umlauts. */
    public String toCsv() {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(line(dataHeaders));
        dataRows.forEach(row -> csv.append(line(row)));
        return csv.toString();
    }

    private static String line(List<String> cells) {
        return cells.stream().map(FigureTable::cell).collect(Collectors.joining(";")) + "\r\n";
    }

    private static String cell(String value) {
        String text = value == null ? "" : value;
        boolean quote = text.contains(";") || text.contains("\"") || text.contains("\n");
        String escaped = text.replace("\"", "\"\"");
        boolean formula = !escaped.isEmpty() && "=+-@".indexOf(escaped.charAt(0)) >= 0 && !escaped.matches("[-+]?\\d.*");
        String safe = formula ? "'" + escaped : escaped;
        return quote ? "\"" + safe + "\"" : safe;
    }
}
