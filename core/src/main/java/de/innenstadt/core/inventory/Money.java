// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

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
        if (!currency.matches("[A-Z]{3}")) {
            throw new IllegalArgumentException("Currency must be an ISO 4217 code such as EUR: " + currency);
        }
    }

    public static Money euros(long cents) {
        return new Money(cents, "EUR");
    }

    /** The API's decimal string ("12.99"), which survives JSON parsers that round doubles. */
    public String toDecimalString() {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }
}
