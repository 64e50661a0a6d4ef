// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * A Global Trade Item Number (GTIN-8, -12, -13 or -14) whose GS1 check digit is correct.
 *
 * <p>Feeds and forms deliver GTINs with typos; validating the check digit at the boundary keeps a
 * mistyped number from silently creating a second product. Values are kept as given (no padding to
 * 14 digits) because shoppers and merchants search for the printed number.
 */
public record Gtin(String value) {

    public Gtin {
        Objects.requireNonNull(value, "value");
        String problem = problemWith(value);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
    }

    /** Parses a GTIN, tolerating surrounding white space; empty when it is not a valid GTIN. */
    public static Optional<Gtin> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String trimmed = raw.strip();
        return problemWith(trimmed) == null ? Optional.of(new Gtin(trimmed)) : Optional.empty();
    }

    /** What is wrong with a text that is not a valid GTIN; {@code found} and {@code expected} are digit counts or check digits. */
    public record Flaw(Kind kind, int found, int expected) {

        public enum Kind { EMPTY, LENGTH, NOT_DIGITS, CHECK_DIGIT }

        /** In English, for logs and exceptions; merchants read it through their language's wording. */
        public String english() {
            return switch (kind) {
                case EMPTY -> "GTIN is empty";
                case LENGTH -> "GTIN must have 8, 12, 13 or 14 digits, not " + found;
                case NOT_DIGITS -> "GTIN may contain digits only";
                case CHECK_DIGIT -> "GTIN check digit is " + found + " but should be " + expected;
            };
        }
    }

    /**
     * Explains why a text is not a valid GTIN, in words a merchant understands.
     *
     * @return the reason, or {@code null} when the text is a valid GTIN
     */
    public static String problemWith(String candidate) {
        return findFlaw(candidate).map(Flaw::english).orElse(null);
    }

    /** Why a text is not a valid GTIN, as a kind with its numbers, so that each reader can say it in their language. */
    public static Optional<Flaw> findFlaw(String candidate) {
        if (candidate == null || candidate.isEmpty()) {
            return Optional.of(new Flaw(Flaw.Kind.EMPTY, 0, 0));
        }
        int length = candidate.length();
        if (length != 8 && length != 12 && length != 13 && length != 14) {
            return Optional.of(new Flaw(Flaw.Kind.LENGTH, length, 0));
        }
        for (int i = 0; i < length; i++) {
            char c = candidate.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.of(new Flaw(Flaw.Kind.NOT_DIGITS, 0, 0));
            }
        }
        int expected = checkDigit(candidate.substring(0, length - 1));
        int actual = candidate.charAt(length - 1) - '0';
        if (expected != actual) {
            return Optional.of(new Flaw(Flaw.Kind.CHECK_DIGIT, actual, expected));
        }
        return Optional.empty();
    }

    /**
     * Computes the GS1 check digit for the data digits (everything but the check digit): weights 3
     * and 1 alternate from the rightmost data digit.
     */
    public static int checkDigit(String dataDigits) {
        int sum = 0;
        boolean weightThree = true;
        for (int i = dataDigits.length() - 1; i >= 0; i--) {
            int digit = dataDigits.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                throw new IllegalArgumentException("not a digit: " + dataDigits.charAt(i));
            }
            sum += weightThree ? digit * 3 : digit;
            weightThree = !weightThree;
        }
        return (10 - sum % 10) % 10;
    }

    /** Appends the check digit to data digits, for generating valid numbers (demo data, in-store codes). */
    public static Gtin withCheckDigit(String dataDigits) {
        return new Gtin(dataDigits + checkDigit(dataDigits));
    }

    /**
     * In-store numbers (GS1 prefixes 020–029 on GTIN-13, 2 on GTIN-12 etc.) are only valid inside one
     * shop, so two shops' equal numbers must not be merged into one product.
     */
    public boolean isInStoreNumber() {
        return isInStoreNumber(value);
    }

    /**
     * {@link #isInStoreNumber()} for digits that already passed {@link #problemWith}, without making a
     * {@code Gtin}: feed imports ask this for every line.
     */
    public static boolean isInStoreNumber(String validDigits) {
        String thirteen = validDigits.length() == 14 ? validDigits.substring(1)
                : validDigits.length() == 12 ? "0" + validDigits : validDigits;
        return thirteen.length() == 13 && (thirteen.startsWith("02") || thirteen.startsWith("2"));
    }

    /** Books (Bookland prefixes 978 and 979) carry an ISBN inside their GTIN. */
    public boolean isBook() {
        return value.length() == 13 && (value.startsWith("978") || value.startsWith("979"));
    }

    @Override
    public String toString() {
        return value;
    }
}
