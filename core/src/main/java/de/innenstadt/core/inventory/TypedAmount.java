// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

import java.util.Optional;

/**
 * A euro amount as people type it, turned into cents: „54,90“, „54.90“, „54“, „54,9“, „1.234,50“,
 * „1,234.50“, „54,90 €“. The one place that decides what counts as an amount, so that a search
 * filter, a form and an import read „54,90“ the same way.
 *
 * <p>The last separator followed by one or two digits is the decimal separator; the other
 * separator groups thousands (three digits per group). A lone separator followed by exactly three
 * digits („1.234“) groups thousands, as on German price tags. Exponents, signs, more than two
 * decimals and amounts of a billion euros or more are no amounts.
 */
public final class TypedAmount {

    /** A billion euros in cents: far above any shelf price, far below what a long can hold. */
    public static final long MAX_CENTS = 100_000_000_000L;

    private TypedAmount() {
    }

    /** The cents of the typed amount, or empty when the text is not an amount. */
    public static Optional<Long> findCents(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip();
        if (text.endsWith("€")) {
            text = text.substring(0, text.length() - 1).strip();
        } else if (text.regionMatches(true, text.length() - 3, "EUR", 0, 3)) {
            text = text.substring(0, text.length() - 3).strip();
        }
        if (text.isEmpty() || text.length() > 20) {
            return Optional.empty();
        }
        int decimalAt = decimalSeparator(text);
        String whole = decimalAt < 0 ? text : text.substring(0, decimalAt);
        String fraction = decimalAt < 0 ? "" : text.substring(decimalAt + 1);
        if (!allDigits(fraction) || !groupedDigits(whole)) {
            return Optional.empty();
        }
        String digits = whole.replace(".", "").replace(",", "").replace(" ", "");
        if (digits.length() > 11) {
            return Optional.empty();
        }
        long cents = Long.parseLong(digits) * 100 + (fraction.isEmpty() ? 0
                : Long.parseLong(fraction.length() == 1 ? fraction + "0" : fraction));
        return cents < MAX_CENTS ? Optional.of(cents) : Optional.empty();
    }

    /** Index of the decimal separator, or -1 when the amount has no decimals. */
    private static int decimalSeparator(String text) {
        int last = Math.max(text.lastIndexOf(','), text.lastIndexOf('.'));
        if (last < 0) {
            return -1;
        }
        int decimals = text.length() - last - 1;
        return decimals == 1 || decimals == 2 ? last : -1;
    }

    private static boolean allDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isDigit(text.charAt(i)) || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Digits, optionally grouped by one kind of separator ('.', ',' or a space) in threes: 1.234.567. */
    private static boolean groupedDigits(String whole) {
        if (whole.isEmpty()) {
            return false;
        }
        char separator = 0;
        int sinceSeparator = 0;
        boolean grouped = false;
        for (int i = 0; i < whole.length(); i++) {
            char c = whole.charAt(i);
            if (c >= '0' && c <= '9') {
                sinceSeparator++;
            } else if (c == '.' || c == ',' || c == ' ') {
                if ((separator != 0 && c != separator) || sinceSeparator == 0 || (grouped && sinceSeparator != 3)
                        || sinceSeparator > 3) {
                    return false;
                }
                separator = c;
                grouped = true;
                sinceSeparator = 0;
            } else {
                return false;
            }
        }
        return !grouped || sinceSeparator == 3;
    }
}
