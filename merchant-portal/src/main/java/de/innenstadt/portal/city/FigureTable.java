// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.city;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The data behind one chart, as the table screen readers get and as the CSV file: one source, so the
 * picture, the table and the download never disagree.
 */
public record FigureTable(String id, String caption, List<String> headers, List<List<String>> rows) {

    public FigureTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /** {@code ;}-separated like the counter downloads, with a UTF-8 byte order mark so spreadsheets read umlauts. */
    public String toCsv() {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(line(headers));
        rows.forEach(row -> csv.append(line(row)));
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
