// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import de.innenstadt.core.feed.FeedFormatException;
import de.innenstadt.core.feed.FeedText;
import de.innenstadt.core.feed.FeedText.Code;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the rows of a Google Merchant Center feed, tab-separated or XML (RSS 2.0 {@code item} or Atom
 * {@code entry} elements with the {@code g:} attributes), into records keyed by the attribute name.
 * Google allows spaces instead of underscores in TSV headers ({@code store code}); both, any case and
 * a {@code g:} prefix are accepted, and {@code itemid} is read as {@code id} (older feeds use it).
 */
final class GoogleFeedRecords {

    private GoogleFeedRecords() {
    }

    /** Google's attribute name for a TSV header or an XML element name. */
    static String attributeName(String header) {
        String name = header.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        if (name.startsWith("g:")) {
            name = name.substring(2);
        }
        return name.equals("itemid") ? "id" : name;
    }

    /**
     * Reads a TSV feed, refusing a header that lacks a required attribute (every row would miss it).
     *
     * @param required attributes the header must name; each entry lists alternatives
     */
    static void readTsv(InputStream content, Charset charset, List<List<String>> required, Consumer<FeedRecord> records)
            throws FeedFormatException {
        FeedTextReader text = FeedTextReader.open(content, charset);
        String headerLine = text.readLine();
        if (headerLine == null || headerLine.isBlank()) {
            throw new FeedFormatException(FeedText.of(Code.GOOGLE_HEADER_EMPTY));
        }
        if (headerLine.indexOf('\t') < 0) {
            throw new FeedFormatException(FeedText.of(Code.GOOGLE_NO_TABS));
        }
        List<String> header = DelimitedRows.split(headerLine, '\t');
        Map<String, Integer> columnOf = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = attributeName(header.get(i));
            if (!columnOf.containsKey(name)) {
                columnOf.put(name, i);
                labels.put(name, header.get(i).strip());
            }
        }
        for (List<String> alternatives : required) {
            if (alternatives.stream().noneMatch(columnOf::containsKey)) {
                throw new FeedFormatException(FeedText.of(Code.GOOGLE_COLUMN_MISSING,
                        String.join("/", alternatives), String.join(", ", header)));
            }
        }
        DelimitedRows rows = new DelimitedRows(text, '\t');
        Optional<DelimitedRows.Row> row = rows.nextNonBlank();
        if (row.isEmpty()) {
            throw new FeedFormatException(FeedText.of(Code.NO_DATA_LINES));
        }
        while (row.isPresent()) {
            Map<String, String> values = new HashMap<>();
            List<String> fields = row.get().fields();
            columnOf.forEach((name, index) -> {
                if (index < fields.size()) {
                    values.put(name, fields.get(index));
                }
            });
            records.accept(new FeedRecord(row.get().line(), values, labels));
            row = rows.nextNonBlank();
        }
    }

    /** Reads an XML feed item by item; the line of an item is the line of its start tag. */
    static void readXml(InputStream content, Charset charset, Consumer<FeedRecord> records) throws FeedFormatException {
        XMLStreamReader reader = SafeXml.open(content, charset);
        try {
            boolean rootSeen = false;
            long items = 0;
            while (SafeXml.hasNext(reader)) {
                if (SafeXml.next(reader) != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String name = reader.getLocalName();
                if (!rootSeen) {
                    rootSeen = true;
                    if (!name.equals("rss") && !name.equals("feed")) {
                        throw new FeedFormatException(FeedText.of(Code.GOOGLE_XML_ROOT, name));
                    }
                } else if (name.equals("item") || name.equals("entry")) {
                    records.accept(record(SafeXml.collect(reader, child -> true)));
                    items++;
                }
            }
            if (items == 0) {
                throw new FeedFormatException(FeedText.of(Code.GOOGLE_NO_ITEMS));
            }
        } finally {
            SafeXml.close(reader);
        }
    }

    private static FeedRecord record(XmlElement item) {
        Map<String, String> values = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        for (XmlElement child : item.children()) {
            String name = attributeName(child.name());
            if (!values.containsKey(name)) {
                values.put(name, child.text());
                labels.put(name, child.qualifiedName());
            }
        }
        return new FeedRecord(item.line(), values, labels);
    }
}
