// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.platform;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The one way the platform writes CSV for people who open it in a spreadsheet: {@code ;}-separated as German
 * spreadsheets and tills expect, lines ending in CRLF, a UTF-8 byte order mark first so umlauts survive, cells
 * quoted only where they must be, and text that a spreadsheet would run as a formula („=HYPERLINK(…)“ from a
 * feed or a shop name) defused with a leading apostrophe; negative numbers stay numbers.
 */
public final class SpreadsheetCsv {

    /** Written once at the start of a file, so spreadsheets read it as UTF-8. */
    public static final String BYTE_ORDER_MARK = "\uFEFF";

    private SpreadsheetCsv() {
    }

    /** One line of cells, with its CRLF; {@code null} cells are empty. */
    public static String line(List<String> cells) {
        return cells.stream().map(SpreadsheetCsv::cell).collect(Collectors.joining(";")) + "\r\n";
    }

    /** One cell: quoted when it holds the separator, a quote or a line break; a formula made harmless. */
    public static String cell(String value) {
        String text = value == null ? "" : value;
        boolean quote = text.contains(";") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        String escaped = text.replace("\"", "\"\"");
        boolean formula = !escaped.isEmpty() && "=+-@".indexOf(escaped.charAt(0)) >= 0 && !escaped.matches("[-+]?\\d.*");
        String safe = formula ? "'" + escaped : escaped;
        return quote ? "\"" + safe + "\"" : safe;
    }
}
