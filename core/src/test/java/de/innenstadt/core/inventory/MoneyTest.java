// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

    @ParameterizedTest
    @CsvSource({"1299, 12.99", "5, 0.05", "0, 0.00", "100000, 1000.00"})
    void decimalStringsKeepTwoPlaces(long cents, String expected) {
        assertThat(Money.euros(cents).toDecimalString()).isEqualTo(expected);
    }

    /** What a German owner reads and types back: comma decimals, dot thousands; the English page as English. */
    @Test
    void formatsAsPeopleOfTheLanguageReadPrices() {
        assertThat(Money.euros(123_450).format(Locale.GERMANY)).isEqualTo("1.234,50\u00a0€");
        assertThat(Money.euros(5490).formatNumber(Locale.GERMAN)).isEqualTo("54,90");
        assertThat(Money.euros(5490).formatNumber(Locale.ENGLISH)).isEqualTo("54.90");
        assertThat(TypedAmount.findCents(Money.euros(123_450).formatNumber(Locale.GERMAN))).as("what is shown reads back")
                .contains(123_450L);
    }

    @Test
    void rejectsNegativeAmountsAndOddCurrencies() {
        assertThatThrownBy(() -> Money.euros(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(100, "euro")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"EUR, true", "CHF, true", "eur, false", "EU, false", "EURO, false", "E1R, false", "'', false", "ÄUR, false"})
    void currencyCodesAreThreeCapitalLetters(String text, boolean expected) {
        assertThat(Money.isCurrencyCode(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0, OUT_OF_STOCK", "1, LIMITED", "2, LIMITED", "3, IN_STOCK", "40, IN_STOCK"})
    void availabilityFollowsGooglesThresholds(int available, Availability expected) {
        assertThat(Availability.of(available)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"-2, 0", "0, 0", "1, 1", "2, 2", "3, 3", "999, 3"})
    void searchSeesExactFiguresOnlyBelowInStock(int available, int relevant) {
        assertThat(Availability.searchRelevant(available)).isEqualTo(relevant);
    }

    @Test
    void pricesMultiplyAndAddUpInOneCurrencyOnly() {
        assertThat(Money.euros(2479).times(2)).isEqualTo(Money.euros(4958));
        assertThat(Money.sum(List.of(Money.euros(4958), Money.euros(1299)))).contains(Money.euros(6257));
        assertThat(Money.sum(List.of(Money.euros(100), new Money(100, "CHF")))).isEmpty();
        assertThat(Money.sum(List.of())).isEmpty();
        assertThatThrownBy(() -> Money.euros(Long.MAX_VALUE / 2).times(3)).isInstanceOf(ArithmeticException.class);
    }
}
