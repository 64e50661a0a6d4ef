// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import de.innenstadt.core.catalog.NetContent;
import de.innenstadt.core.feed.FeedFormat;
import de.innenstadt.core.feed.FeedFormatException;
import de.innenstadt.core.feed.FeedLine;
import de.innenstadt.core.feed.FeedParseOptions;
import de.innenstadt.core.feed.FeedParser;
import de.innenstadt.core.feed.FeedSink;
import de.innenstadt.core.feed.FeedText;
import de.innenstadt.core.feed.FeedText.Code;
import de.innenstadt.core.inventory.Money;
import java.io.InputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the stock list a shop's till (Kassensystem) exports: one header line, then one line per item
 * and store. Small shops' systems differ in everything, so the parser detects what it is not told:
 * the delimiter ({@code ;}, {@code ,} or tab, whichever the header line has most of, or an Excel
 * {@code sep=} first line), the encoding (byte-order mark, else UTF-8 if the start is valid UTF-8,
 * else Windows-1252), the decimal separator per value, and the columns by their usual German and
 * English headers ({@link #DEFAULT_HEADERS}); a merchant's column mapping overrides the defaults. Headers are compared ignoring case, spaces and
 * punctuation, so {@code Art.-Nr.} and {@code ArtNr} are the same column.
 *
 * <p>A blank value means "not reported" (an empty Bestand leaves the stock as it is). A line is refused
 * with its first problem; a line with nothing but blanks is skipped.
 */
public final class PosCsvParser implements FeedParser {

    /** Our field name to the headers recognised without a mapping, in normalised form. */
    static final Map<String, Set<String>> DEFAULT_HEADERS = defaultHeaders();

    private final FeedContent content;

    public PosCsvParser() {
        this(new FeedContent());
    }

    public PosCsvParser(FeedContent content) {
        this.content = content;
    }

    @Override
    public FeedFormat format() {
        return FeedFormat.POS_CSV;
    }

    @Override
    public void parse(InputStream in, FeedParseOptions options, FeedSink sink) throws FeedFormatException {
        FeedTextReader text = FeedTextReader.open(content.open(in), options.charset());
        String headerLine = text.readLine();
        Character delimiter = options.delimiter();
        if (headerLine != null && headerLine.strip().toLowerCase(Locale.ROOT).startsWith("sep=")
                && headerLine.strip().length() == 5) {
            delimiter = delimiter != null ? delimiter : headerLine.strip().charAt(4);
            headerLine = text.readLine();
        }
        if (headerLine == null || headerLine.isBlank()) {
            throw new FeedFormatException(FeedText.of(Code.HEADER_EMPTY));
        }
        if (delimiter == null) {
            delimiter = detectDelimiter(headerLine);
        }
        List<String> header = DelimitedRows.split(headerLine, delimiter);
        Map<String, Integer> columnOfField = mapColumns(header, options.columnMapping());
        Map<String, String> headerOfField = new HashMap<>();
        columnOfField.forEach((field, index) -> headerOfField.put(field, header.get(index).strip()));

        DelimitedRows rows = new DelimitedRows(text, delimiter);
        Optional<DelimitedRows.Row> row = rows.nextNonBlank();
        if (row.isEmpty()) {
            throw new FeedFormatException(FeedText.of(Code.NO_DATA_LINES));
        }
        while (row.isPresent()) {
            FeedRecord record = record(row.get(), columnOfField, headerOfField);
            try {
                sink.accept(line(record, options));
            } catch (LineRejection rejection) {
                sink.reject(rejection.problem());
            }
            row = rows.nextNonBlank();
        }
    }

    private static FeedRecord record(DelimitedRows.Row row, Map<String, Integer> columnOfField,
            Map<String, String> headerOfField) {
        Map<String, String> values = new HashMap<>();
        columnOfField.forEach((field, index) -> {
            if (index < row.fields().size()) {
                values.put(field, row.fields().get(index));
            }
        });
        return new FeedRecord(row.line(), values, headerOfField);
    }

    private static FeedLine line(FeedRecord record, FeedParseOptions options) throws LineRejection {
        String gtin = FeedValues.gtin(record, "gtin");
        String sku = record.value("sku");
        if (gtin == null && sku == null) {
            throw LineRejection.of(record, record.hasColumn("gtin") ? "gtin" : "sku",
                    FeedText.of(Code.NO_GTIN_NOR_SKU));
        }
        Integer quantity = FeedValues.quantity(record, "quantity", options.decimalSeparator());
        Money price = FeedValues.price(record, "price", options.decimalSeparator(), options.currency());
        String imageUrl = FeedValues.link(record, "imageUrl");
        String title = record.value("title");
        NetContent netContent = FeedValues.netContent(record, "netContent");
        FeedLine.FeedProduct product = title == null ? null : new FeedLine.FeedProduct(title,
                record.value("brand"), record.value("description"),
                record.value("category"), imageUrl, null, netContent);
        return new FeedLine(record.line(), record.value("storeCode"), gtin, sku, quantity, price, product);
    }

    /** The delimiter the header line uses most; a header line has no quoted line breaks. */
    static char detectDelimiter(String headerLine) throws FeedFormatException {
        char best = 0;
        long bestCount = 0;
        for (char candidate : new char[] {';', '\t', ','}) {
            long count = headerLine.chars().filter(c -> c == candidate).count();
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        if (best == 0) {
            throw new FeedFormatException(FeedText.of(Code.NO_DELIMITER));
        }
        return best;
    }

    /**
     * Finds the column of each field: the merchant's mapping first, then the default headers for the
     * fields the mapping leaves out. A mapped header that the file lacks is an error, since every line
     * would silently miss that value.
     */
    static Map<String, Integer> mapColumns(List<String> header, Map<String, String> mapping) throws FeedFormatException {
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (Map.Entry<String, String> mapped : mapping.entrySet()) {
            if (!FeedParseOptions.FIELDS.contains(mapped.getKey())) {
                throw new FeedFormatException(FeedText.of(Code.MAPPING_UNKNOWN_FIELD, mapped.getKey(),
                        String.join(", ", FeedParseOptions.FIELDS)));
            }
            int index = indexOf(header, mapped.getValue());
            if (index < 0) {
                throw new FeedFormatException(FeedText.of(Code.MAPPING_UNKNOWN_COLUMN, mapped.getValue(), mapped.getKey(),
                        String.join(", ", header)));
            }
            columns.put(mapped.getKey(), index);
        }
        for (String field : FeedParseOptions.FIELDS) {
            if (columns.containsKey(field)) {
                continue;
            }
            for (int i = 0; i < header.size(); i++) {
                if (!columns.containsValue(i) && DEFAULT_HEADERS.getOrDefault(field, Set.of()).contains(normalize(header.get(i)))) {
                    columns.put(field, i);
                    break;
                }
            }
        }
        if (!columns.containsKey("gtin") && !columns.containsKey("sku")) {
            throw new FeedFormatException(FeedText.of(Code.NO_ID_COLUMN, String.join(", ", header)));
        }
        if (!columns.containsKey("quantity") && !columns.containsKey("price") && !columns.containsKey("title")) {
            throw new FeedFormatException(FeedText.of(Code.NO_VALUE_COLUMN, String.join(", ", header)));
        }
        return columns;
    }

    private static int indexOf(List<String> header, String wanted) {
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).strip().equals(wanted.strip())) {
                return i;
            }
        }
        String normalized = normalize(wanted);
        for (int i = 0; i < header.size(); i++) {
            if (normalize(header.get(i)).equals(normalized)) {
                return i;
            }
        }
        return -1;
    }

    /** Lower case, letters and digits only: {@code "Art.-Nr."} becomes {@code "artnr"}. */
    static String normalize(String header) {
        StringBuilder normalized = new StringBuilder(header.length());
        header.toLowerCase(Locale.GERMAN).codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(normalized::appendCodePoint);
        return normalized.toString();
    }

    private static Map<String, Set<String>> defaultHeaders() {
        Map<String, Set<String>> headers = new LinkedHashMap<>();
        headers.put("gtin", Set.of("ean", "gtin", "barcode", "eancode", "ean13", "strichcode"));
        headers.put("sku", Set.of("artikelnummer", "artnr", "artikelnr", "sku", "itemid", "id"));
        headers.put("quantity", Set.of("bestand", "menge", "lagerbestand", "anzahl", "quantity", "stock", "qty"));
        headers.put("price", Set.of("vk", "vkpreis", "preis", "verkaufspreis", "vkbrutto", "price"));
        headers.put("storeCode", Set.of("filiale", "filialnummer", "filialnr", "store", "storecode"));
        headers.put("title", Set.of("bezeichnung", "artikelbezeichnung", "artikelname", "titel", "title", "name"));
        headers.put("brand", Set.of("marke", "hersteller", "brand"));
        headers.put("category", Set.of("warengruppe", "kategorie", "category"));
        headers.put("description", Set.of("beschreibung", "langtext", "description"));
        headers.put("imageUrl", Set.of("bild", "bildurl", "imageurl", "imagelink"));
        headers.put("netContent", Set.of("inhalt", "füllmenge", "nettoinhalt", "nettofüllmenge", "netcontent",
                "unitpricingmeasure"));
        return Map.copyOf(headers);
    }
}
