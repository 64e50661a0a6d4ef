// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import de.innenstadt.core.catalog.NetContent;
import de.innenstadt.core.feed.FeedText;
import de.innenstadt.core.feed.FeedText.Code;
import de.innenstadt.core.inventory.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checks every format shares: GTINs, stock quantities, prices and links, each either a clean value
 * or a {@link LineRejection} whose reason the merchant can act on.
 */
final class FeedValues {

    private static final Pattern PLAIN_DECIMAL = Pattern.compile("-?(\\d+(\\.\\d*)?|\\.\\d+)");

    private static final Pattern SPREADSHEET_NUMBER = Pattern.compile("\\d+([.,]\\d+)?[eE]\\+?\\d+");

    /** Google's units that count pieces rather than measure them. */
    private static final Pattern PER_PIECE = Pattern.compile("(?i)\\d+(?:[.,]\\d+)?\\s*(ct|sheet|item)");

    private static final Pattern CODE_BEFORE = Pattern.compile("([A-Za-z]{3})\\s*(.+)");

    private static final Pattern CODE_AFTER = Pattern.compile("(.+?)\\s*([A-Za-z]{3})");

    private FeedValues() {
    }

    /**
     * A GTIN with a correct check digit, or {@code null} when the field is blank. Spreadsheets turn long
     * numbers into {@code 4,00638E+12} and some exports wrap them as {@code ="4006381333931"}: the first
     * is refused with a hint, the second unwrapped.
     */
    static String gtin(FeedRecord record, String field) throws LineRejection {
        String raw = record.value(field);
        if (raw == null) {
            return null;
        }
        String candidate = raw.startsWith("=\"") && raw.endsWith("\"") ? raw.substring(2, raw.length() - 1).strip() : raw;
        if ((candidate.indexOf('E') >= 0 || candidate.indexOf('e') >= 0) && SPREADSHEET_NUMBER.matcher(candidate).matches()) {
            throw LineRejection.of(record, field, FeedText.of(Code.GTIN_AS_NUMBER));
        }
        Optional<FeedText> problem = FeedText.gtinProblem(candidate);
        if (problem.isPresent()) {
            throw LineRejection.of(record, field, problem.get());
        }
        return candidate;
    }

    /** A quantity on hand (a whole number, not negative), or {@code null} when the field is blank. */
    static Integer quantity(FeedRecord record, String field, Character decimalSeparator) throws LineRejection {
        String raw = record.value(field);
        if (raw == null) {
            return null;
        }
        BigDecimal number = decimal(raw, decimalSeparator);
        if (number == null) {
            throw LineRejection.of(record, field, FeedText.of(Code.QUANTITY_NOT_A_NUMBER));
        }
        if (number.signum() < 0) {
            throw LineRejection.of(record, field, FeedText.of(Code.QUANTITY_NEGATIVE));
        }
        try {
            return number.stripTrailingZeros().intValueExact();
        } catch (ArithmeticException notWhole) {
            throw LineRejection.of(record, field, number.stripTrailingZeros().scale() > 0
                    ? FeedText.of(Code.QUANTITY_NOT_WHOLE) : FeedText.of(Code.QUANTITY_TOO_LARGE));
        }
    }

    /**
     * A shelf price such as {@code 12,99}, {@code 1.234,56 €} or {@code 12.99 EUR}; a currency code or the
     * euro sign in the value wins over the feed's currency. More than two decimal places are refused
     * rather than rounded, since they usually mean the separators were read the wrong way round.
     *
     * @return the price, or {@code null} when the field is blank
     */
    static Money price(FeedRecord record, String field, Character decimalSeparator, String currency)
            throws LineRejection {
        String raw = record.value(field);
        if (raw == null) {
            return null;
        }
        String amount = raw;
        String code = currency;
        if (amount.startsWith("€") || amount.endsWith("€")) {
            amount = amount.replace("€", "").strip();
            code = "EUR";
        } else if (Character.isLetter(amount.charAt(0)) || Character.isLetter(amount.charAt(amount.length() - 1))) {
            Matcher before = CODE_BEFORE.matcher(amount);
            Matcher after = CODE_AFTER.matcher(amount);
            if (after.matches()) {
                amount = after.group(1);
                code = after.group(2).toUpperCase(Locale.ROOT);
            } else if (before.matches()) {
                amount = before.group(2);
                code = before.group(1).toUpperCase(Locale.ROOT);
            }
        }
        BigDecimal number = decimal(amount, decimalSeparator);
        if (number == null) {
            throw LineRejection.of(record, field, FeedText.of(Code.PRICE_NOT_A_NUMBER));
        }
        return money(record, field, number, code, false);
    }

    /**
     * Money from an amount; rounds to cents only when asked (prices computed from net prices), otherwise
     * refuses more than two decimal places.
     */
    static Money money(FeedRecord record, String field, BigDecimal amount, String currency, boolean round)
            throws LineRejection {
        if (amount.signum() < 0) {
            throw LineRejection.of(record, field, FeedText.of(Code.PRICE_NEGATIVE));
        }
        BigDecimal cents = amount.movePointRight(2);
        if (round) {
            cents = cents.setScale(0, RoundingMode.HALF_UP);
        } else if (cents.stripTrailingZeros().scale() > 0) {
            throw LineRejection.of(record, field, FeedText.of(Code.PRICE_TOO_PRECISE));
        }
        if (!Money.isCurrencyCode(currency)) {
            throw LineRejection.of(record, field, FeedText.of(Code.CURRENCY_NOT_A_CODE));
        }
        try {
            return new Money(cents.longValueExact(), currency);
        } catch (ArithmeticException tooLarge) {
            throw LineRejection.of(record, field, FeedText.of(Code.PRICE_TOO_LARGE));
        }
    }

    /** An absolute http or https link, or {@code null} when the field is blank. */
    static String link(FeedRecord record, String field) throws LineRejection {
        String raw = record.value(field);
        if (raw == null) {
            return null;
        }
        String lower = raw.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("https://") || lower.startsWith("http://")) || raw.chars().anyMatch(Character::isWhitespace)) {
            throw LineRejection.of(record, field, FeedText.of(Code.LINK_NOT_HTTPS));
        }
        return raw;
    }

    /**
     * What one piece holds by weight, volume, length or area („500 g“, „0,75 l“, Google's „1.5kg“), or
     * {@code null} when the field is blank or counts pieces (Google's {@code 10ct}, {@code sheet}, {@code item}:
     * German law asks no price per piece); a value in another unit (ounces) is refused, because a Grundpreis
     * from a misread content would be wrong on every page.
     */
    static NetContent netContent(FeedRecord record, String field) throws LineRejection {
        String raw = record.value(field);
        if (raw == null || PER_PIECE.matcher(raw.strip()).matches()) {
            return null;
        }
        return NetContent.parse(raw).orElseThrow(() -> LineRejection.of(record, field,
                FeedText.of(Code.CONTENT_NOT_METRIC)));
    }

    /**
     * Reads a decimal number written the German or the English way. With a configured separator the
     * other one is a thousands separator; without, the value decides: when both appear, the last one
     * separates the decimals ({@code 1.234,56}, {@code 1,234.56}); a single one does too ({@code 12,99},
     * {@code 12.99}); one that repeats groups thousands ({@code 1.234.567}).
     *
     * @return the number, or {@code null} when the text is not one
     */
    static BigDecimal decimal(String raw, Character decimalSeparator) {
        if (isDigits(raw)) {
            return new BigDecimal(raw);
        }
        String text = raw.strip().replace(" ", "").replace("\u00a0", "").replace("\u202f", "").replace("'", "");
        if (text.startsWith("+")) {
            text = text.substring(1);
        }
        char separator;
        if (decimalSeparator != null) {
            separator = decimalSeparator;
        } else {
            int comma = text.lastIndexOf(',');
            int point = text.lastIndexOf('.');
            if (comma >= 0 && point >= 0) {
                separator = comma > point ? ',' : '.';
            } else if (comma >= 0) {
                separator = text.indexOf(',') == comma ? ',' : '.';
            } else {
                separator = text.indexOf('.') == point ? '.' : ',';
            }
        }
        char grouping = separator == ',' ? '.' : ',';
        String normalized = text.replace(String.valueOf(grouping), "").replace(separator, '.');
        if (!PLAIN_DECIMAL.matcher(normalized).matches()) {
            return null;
        }
        return new BigDecimal(normalized);
    }

    private static boolean isDigits(String text) {
        if (text.isEmpty() || text.length() > 18) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
