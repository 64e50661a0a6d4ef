// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import de.innenstadt.core.feed.FeedFormatException;
import de.innenstadt.core.feed.FeedText;
import de.innenstadt.core.feed.FeedText.Code;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits delimiter-separated text into rows (RFC 4180 quoting: a field that starts with a quotation
 * mark may hold delimiters, doubled quotation marks and line breaks). Written here rather than taken
 * from a CSV library because a feed needs two things at once: the line where each row starts, even
 * after multi-line fields, and a hard limit on a row's size, since one unclosed quotation mark would
 * otherwise swallow the rest of the file into a single field.
 */
public final class DelimitedRows {

    /** One row and the line it starts on. */
    public record Row(long line, List<String> fields) {

        public boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    static final int DEFAULT_MAX_ROW_CHARS = 1024 * 1024;

    private final FeedTextReader text;

    private final char delimiter;

    private final int maxRowChars;

    private int rowChars;

    DelimitedRows(FeedTextReader text, char delimiter) {
        this(text, delimiter, DEFAULT_MAX_ROW_CHARS);
    }

    DelimitedRows(FeedTextReader text, char delimiter, int maxRowChars) {
        this.text = text;
        this.delimiter = delimiter;
        this.maxRowChars = maxRowChars;
    }

    /**
     * Opens a delimited file the way feeds are opened: unpacked when compressed, empty and binary
     * content and overlong lines refused, the encoding taken from the bytes (UTF-8, else Windows-1252).
     * For other tables than feeds, such as pedestrian counts, so they meet the same garbage rules.
     */
    public static DelimitedRows open(InputStream raw, char delimiter) throws FeedFormatException {
        return new DelimitedRows(FeedTextReader.open(new FeedContent().open(raw), null), delimiter);
    }

    /** Splits one line that is already in memory, such as a header line. */
    static List<String> split(String line, char delimiter) throws FeedFormatException {
        return new DelimitedRows(FeedTextReader.of(line), delimiter).next().map(Row::fields).orElse(List.of());
    }

    /** The next row that has at least one non-blank field; empty at the end of the text. */
    public Optional<Row> nextNonBlank() throws FeedFormatException {
        Optional<Row> row = next();
        while (row.isPresent() && row.get().isBlank()) {
            row = next();
        }
        return row;
    }

    /** The next row, blank ones included; empty at the end of the text. */
    public Optional<Row> next() throws FeedFormatException {
        long start = text.line();
        int c = text.read();
        if (c < 0) {
            return Optional.empty();
        }
        List<String> fields = new ArrayList<>();
        StringBuilder value = new StringBuilder();
        boolean fieldWasQuoted = false;
        rowChars = 0;
        while (true) {
            if (c < 0 || c == '\n' || c == '\r') {
                fields.add(value.toString());
                return Optional.of(new Row(start, fields));
            }
            if (c == delimiter) {
                fields.add(value.toString());
                value.setLength(0);
                fieldWasQuoted = false;
                c = text.read();
            } else if (c == '"' && value.length() == 0 && !fieldWasQuoted) {
                fieldWasQuoted = true;
                c = readQuoted(value, start);
            } else {
                append(value, c, start);
                c = text.read();
            }
        }
    }

    /**
     * Reads a quoted field's content up to its closing quotation mark.
     *
     * @return the character after the closing quotation mark
     */
    private int readQuoted(StringBuilder value, long start) throws FeedFormatException {
        long opened = text.line();
        while (true) {
            int c = text.read();
            if (c < 0) {
                throw new FeedFormatException(FeedText.of(Code.QUOTE_NOT_CLOSED, opened));
            }
            if (c == '"') {
                int next = text.read();
                if (next != '"') {
                    return next;
                }
            }
            append(value, c, start);
        }
    }

    private void append(StringBuilder value, int c, long start) throws FeedFormatException {
        if (++rowChars > maxRowChars) {
            throw new FeedFormatException(FeedText.of(Code.ROW_TOO_LONG, start, maxRowChars));
        }
        value.append((char) c);
    }
}
