// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

/**
 * How to read one merchant's file, from its feed settings. Everything may be {@code null}: the parser
 * then detects it (delimiter from the header line, charset from the BOM or the bytes, decimal separator
 * from the values) or uses the format's standard.
 *
 * @param delimiter the CSV field separator ({@code ;}, {@code ,} or tab)
 * @param charset the file's encoding
 * @param decimalSeparator {@code ,} or {@code .}
 * @param columnMapping our field name (see {@link #FIELDS}) to the header of the merchant's column
 * @param currency the currency of prices without one, usually EUR
 */
public record FeedParseOptions(Character delimiter, Charset charset, Character decimalSeparator,
        Map<String, String> columnMapping, String currency) {

    /** The fields a column mapping can name. */
    public static final List<String> FIELDS = List.of(
            "storeCode", "gtin", "sku", "quantity", "price", "title", "brand", "description", "category", "imageUrl",
            "netContent");

    public FeedParseOptions {
        columnMapping = columnMapping == null ? Map.of() : Map.copyOf(columnMapping);
        currency = currency == null ? "EUR" : currency;
    }

    public static FeedParseOptions detect() {
        return new FeedParseOptions(null, null, null, Map.of(), "EUR");
    }
}
