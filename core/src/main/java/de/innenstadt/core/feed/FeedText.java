// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import de.innenstadt.core.catalog.Gtin;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * What the import tells a merchant about a line or a whole feed: a code and its details, put into words only when
 * someone reads it, in that reader's language. Stored as code and details, so a German shop owner reads German and
 * the push API's client English from the same record. The wording lives in {@code FeedTexts.properties} (English)
 * and {@code FeedTexts_de.properties}.
 *
 * @param details the variable parts in the order the wording numbers them: {@link Long} or {@link BigDecimal} for
 *        amounts, which are written for the reader („1.234“), text for everything else (a store code „1001“ stays
 *        as it is)
 */
public record FeedText(Code code, List<Object> details) {

    /** Every sentence the import can say; the name is the key in the wording files and what the record stores. */
    public enum Code {
        /** A record written before texts had codes: its stored English text, shown as it is. */
        AS_RECORDED,
        GTIN_EMPTY, GTIN_LENGTH, GTIN_NOT_DIGITS, GTIN_CHECK_DIGIT, GTIN_AS_NUMBER,
        QUANTITY_NOT_A_NUMBER, QUANTITY_NEGATIVE, QUANTITY_NOT_WHOLE, QUANTITY_TOO_LARGE,
        PRICE_NOT_A_NUMBER, PRICE_NEGATIVE, PRICE_TOO_PRECISE, PRICE_TOO_LARGE, CURRENCY_NOT_A_CODE, LINK_NOT_HTTPS,
        CONTENT_NOT_METRIC, ID_MISSING, ID_TOO_LONG, TITLE_MISSING, STORE_CODE_MISSING, NO_GTIN_NOR_SKU,
        AVAILABILITY_AND_QUANTITY_MISSING, AVAILABILITY_UNKNOWN, SALE_PERIOD_SHAPE, SALE_PERIOD_INVALID,
        BMECAT_NO_SKU, BMECAT_DELETE, BMECAT_NO_PRICE, BMECAT_NO_TITLE, BMECAT_CONTENT_COUNT, BMECAT_NO_AMOUNT,
        BMECAT_PRICE_FACTOR, BMECAT_NET_WITHOUT_TAX, BMECAT_TAX,
        JSON_LINE_NOT_OBJECT, JSON_SKU_TOO_LONG, JSON_PRICE, JSON_NOTHING_TO_APPLY,
        STORE_CODE_NEEDED, STORE_CODE_UNKNOWN, DUPLICATE_LINE, PRICE_ONLY_UNKNOWN_PRODUCT, PRODUCT_UNKNOWN_NO_TITLE,
        NEW_OFFER_WITHOUT_PRICE, PRICE_ONLY_NO_OFFER,
        FILE_EMPTY, FILE_IMAGE, FILE_PDF, FILE_EXCEL_XLS, FILE_BINARY, FILE_UNREADABLE, GZIP_DAMAGED, ZIP_EMPTY, ZIP_EXCEL, ZIP_DAMAGED,
        ZIP_SEVERAL_FILES, ARCHIVE_TOO_LARGE, ARCHIVE_RATIO, LINE_TOO_LONG, LINE_ENCODING, LINE_ENCODING_DETECTED, QUOTE_NOT_CLOSED,
        ROW_TOO_LONG, XML_NOT_TABLE, HEADER_EMPTY, NO_DATA_LINES, NO_DELIMITER, MAPPING_UNKNOWN_FIELD,
        MAPPING_UNKNOWN_COLUMN, NO_ID_COLUMN, NO_VALUE_COLUMN, GOOGLE_HEADER_EMPTY, GOOGLE_NO_TABS,
        GOOGLE_COLUMN_MISSING, GOOGLE_XML_ROOT, GOOGLE_NO_ITEMS, BMECAT_ROOT, BMECAT_NO_SECTION, BMECAT_NO_PRODUCTS,
        NOT_XML, XML_DOCTYPE, XML_TOO_DEEP, XML_ELEMENT_TOO_LONG, XML_NO_MARKUP, XML_MALFORMED, XML_MALFORMED_AT,
        JSON_NOT_OBJECT, JSON_LINES_NOT_ARRAY, JSON_NO_LINES, JSON_INVALID_AT, JSON_INVALID, JSON_LINES_NOT_CLOSED,
        IMPORT_DONE, IMPORT_DONE_FULL, IMPORT_SAME_FILE, IMPORT_TOO_LARGE, IMPORT_FILE_GONE, IMPORT_FORMAT_UNKNOWN,
        IMPORT_NO_LINES, IMPORT_REFUSED, IMPORT_UNREADABLE, IMPORT_STOPPED, IMPORT_STOPPED_PARTLY,
        IMPORT_FILE_NAME_UNKNOWN,
        SETTINGS_THRESHOLD, SETTINGS_CHARSET, SETTINGS_INTERVAL, SETTINGS_MAPPING_LINE, SETTINGS_MAPPING_FIELD
    }

    /** A longer detail (a header line's columns, say) is cut: the text must fit its database column. */
    static final int MAX_DETAIL_CHARS = 200;

    private static final Set<String> CODE_NAMES = Arrays.stream(Code.values()).map(Code::name).collect(Collectors.toUnmodifiableSet());

    private static final Logger LOG = Logger.getLogger(FeedText.class.getName());

    public FeedText {
        Objects.requireNonNull(code, "code");
        // a text recorded before codes is shown whole; it was cut to its column when it was written
        details = code == Code.AS_RECORDED ? details.stream().map(d -> (Object) String.valueOf(d)).toList()
                : details.stream().map(FeedText::detail).toList();
    }

    /** A text with its details: whole numbers and decimals as amounts, anything else as its text ({@code null}: empty). */
    public static FeedText of(Code code, Object... details) {
        return new FeedText(code, Arrays.asList(details));
    }

    /**
     * An import's end for a file that cannot be read: why, and that nothing was applied. Stored as one text whose
     * details are the reason's code and details.
     */
    public static FeedText nothingApplied(FeedText unreadable) {
        return new FeedText(Code.IMPORT_UNREADABLE, Stream.concat(Stream.<Object>of(unreadable.code().name()),
                unreadable.details().stream()).toList());
    }

    /** The text in the reader's language: German for German readers, English for everyone else. */
    public String in(Locale locale) {
        Locale reader = readersLanguage(locale);
        if (code == Code.IMPORT_UNREADABLE && !details.isEmpty()) {
            FeedText why = new FeedText(Code.valueOf(String.valueOf(details.get(0))), details.subList(1, details.size()));
            return new MessageFormat(wording(reader).getString(code.name()), reader).format(new Object[] {why.in(reader)});
        }
        return new MessageFormat(wording(reader).getString(code.name()), reader).format(details.toArray());
    }

    /** Why a text is no GTIN, or empty when it is one. */
    public static Optional<FeedText> gtinProblem(String candidate) {
        return Gtin.findFlaw(candidate).map(flaw -> switch (flaw.kind()) {
            case EMPTY -> FeedText.of(Code.GTIN_EMPTY);
            case LENGTH -> FeedText.of(Code.GTIN_LENGTH, flaw.found());
            case NOT_DIGITS -> FeedText.of(Code.GTIN_NOT_DIGITS);
            case CHECK_DIGIT -> FeedText.of(Code.GTIN_CHECK_DIGIT, flaw.found(), flaw.expected());
        });
    }

    /** The header of the rejected rows' spreadsheet in the reader's language. */
    public static List<String> rejectedRowsHeader(Locale locale) {
        return List.of(wording(locale).getString("REJECTED_HEADER").split(";"));
    }

    /** The text for systems and logs: the push API answers in English. */
    public String english() {
        return in(Locale.ENGLISH);
    }

    /** The details as a JSON array, for the database column beside the code. */
    public String detailsJson() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Object detail : details) {
            if (detail instanceof Long whole) {
                array.add(whole);
            } else if (detail instanceof BigDecimal decimal) {
                array.add(decimal);
            } else {
                array.add((String) detail);
            }
        }
        return array.build().toString();
    }

    /**
     * A stored text: the code with its details, or, for a record from before codes or with a code that no longer
     * exists, the English text stored beside it.
     */
    public static FeedText stored(String code, String detailsJson, String recordedText) {
        if (code != null && detailsJson != null && CODE_NAMES.contains(code)) {
            try (var reader = Json.createReader(new StringReader(detailsJson))) {
                return new FeedText(Code.valueOf(code), reader.readArray().stream().map(FeedText::storedDetail).toList());
            } catch (JsonException e) {
                LOG.log(Level.WARNING, "Stored details of " + code + " are no JSON array; showing the recorded text", e);
            }
        }
        return FeedText.of(Code.AS_RECORDED, recordedText);
    }

    private static Locale readersLanguage(Locale locale) {
        return "de".equals(locale.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
    }

    private static ResourceBundle wording(Locale locale) {
        return ResourceBundle.getBundle(FeedText.class.getPackageName() + ".FeedTexts",
                Locale.GERMAN.equals(readersLanguage(locale)) ? Locale.GERMAN : Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** Amounts as {@code Long} or {@code BigDecimal}, so the reader's locale writes them; text cut to fit the column. */
    private static Object detail(Object given) {
        if (given instanceof Integer || given instanceof Long || given instanceof Short) {
            return ((Number) given).longValue();
        }
        if (given instanceof BigDecimal decimal) {
            return decimal;
        }
        if (given instanceof Double || given instanceof Float) {
            return BigDecimal.valueOf(((Number) given).doubleValue());
        }
        String text = given == null ? "" : String.valueOf(given);
        return text.length() <= MAX_DETAIL_CHARS ? text : text.substring(0, MAX_DETAIL_CHARS) + "…";
    }

    private static Object storedDetail(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((JsonString) value).getString();
            case NUMBER -> ((JsonNumber) value).isIntegral() ? (Object) ((JsonNumber) value).longValue()
                    : ((JsonNumber) value).bigDecimalValue();
            default -> value.toString();
        };
    }
}
