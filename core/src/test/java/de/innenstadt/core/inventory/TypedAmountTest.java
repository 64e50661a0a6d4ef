// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedAmountTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "54,90|5490", "54.90|5490", "54|5400", "54,9|5490", "0,05|5", "0|0", "1.234,50|123450", "1,234.50|123450",
        "1.234|123400", "1 234,50|123450", "54,90 €|5490", "54,90€|5490", "12 EUR|1200", " 7,5 |750",
        "1.234.567|123456700"})
    void readsAmountsAsPeopleTypeThem(String typed, long cents) {
        assertThat(TypedAmount.findCents(typed)).contains(cents);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "1e308", "-5", "+5", "5,9999", "12,34,56", "1.23.456", "abc", "5 Euro", ",50",
        "1.2345", "99999999999999999999", "1000000000", "NaN", "Infinity", "٥"})
    void refusesWhatIsNoAmount(String typed) {
        assertThat(TypedAmount.findCents(typed)).isEmpty();
    }
}
