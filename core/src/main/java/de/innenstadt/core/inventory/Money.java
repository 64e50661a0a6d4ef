// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Collection;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount in integer minor units (cents) with its ISO 4217 currency; integers keep sums exact and
 * avoid the rounding surprises of binary floating point.
 */
public record Money(long cents, String currency) implements Serializable {

    public Money {
        Objects.requireNonNull(currency, "currency");
        if (cents < 0) {
            throw new IllegalArgumentException("Price cannot be negative");
        }
        if (!isCurrencyCode(currency)) {
            throw new IllegalArgumentException("Currency must be an ISO 4217 code such as EUR: " + currency);
        }
    }

    /**
     * Whether the text has the form of an ISO 4217 code (three capital letters). A loop rather than a
     * regular expression: feed imports build a million prices, and {@code String.matches} compiles its
     * pattern on every call.
     */
    public static boolean isCurrencyCode(String text) {
        if (text.length() != 3) {
            return false;
        }
        for (int i = 0; i < 3; i++) {
            char c = text.charAt(i);
            if (c < 'A' || c > 'Z') {
                return false;
            }
        }
        return true;
    }

    public static Money euros(long cents) {
        return new Money(cents, "EUR");
    }

    /** An amount in euros as typed or read („54.90“), rounded half up to the cent as price tags are. */
    public static Money euros(BigDecimal euros) {
        return euros(euros.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact());
    }

    /** The price of {@code quantity} pieces. */
    public Money times(int quantity) {
        return new Money(Math.multiplyExact(cents, (long) quantity), currency);
    }

    /**
     * The price of one unit when this is the price of {@code units} of them (the Grundpreis of 0.5 kg for
     * 6,99 € is 13,98 € per kg), rounded half up to the cent as price tags are.
     */
    public Money per(BigDecimal units) {
        if (units.signum() <= 0) {
            throw new IllegalArgumentException("A price is per a positive number of units, not " + units);
        }
        BigDecimal unitCents = BigDecimal.valueOf(cents).divide(units, 0, RoundingMode.HALF_UP);
        return new Money(unitCents.longValueExact(), currency);
    }

    /** The sum of amounts in one currency; empty for none or for amounts in different currencies, which do not add up. */
    public static Optional<Money> sum(Collection<Money> amounts) {
        if (amounts.isEmpty() || amounts.stream().map(Money::currency).distinct().count() != 1) {
            return Optional.empty();
        }
        long total = 0;
        for (Money amount : amounts) {
            total = Math.addExact(total, amount.cents());
        }
        return Optional.of(new Money(total, amounts.iterator().next().currency()));
    }

    /** The amount as people of this language read it on a price tag: „54,90 €“, „€54.90“. */
    public String format(Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(Currency.getInstance(currency));
        return format.format(BigDecimal.valueOf(cents, 2));
    }

    /** The amount without currency, as typed into a price field of this language: „54,90“, „1.234,50“. */
    public String formatNumber(Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(BigDecimal.valueOf(cents, 2));
    }

    /** The API's decimal string ("12.99"), which survives JSON parsers that round doubles. */
    public String toDecimalString() {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }
}
