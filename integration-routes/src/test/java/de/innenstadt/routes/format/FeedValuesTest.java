// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.routes.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "12,99|12.99",
        "12.99|12.99",
        "1.234,56|1234.56",
        "1,234.56|1234.56",
        "1.234.567|1234567",
        "1 234,50|1234.50",
        "-3|-3",
        "+7|7",
        ",5|0.5"})
    void decimalSeparatorsAreDetectedPerValue(String text, String expected) {
        assertThat(FeedValues.decimal(text, null)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1,2,3.4.5", "12,5x", "1e3", "", "--1"})
    void nonNumbersAreNotRead(String text) {
        assertThat(FeedValues.decimal(text, null)).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1.234|,|1234", "1,234|.|1234", "12,99|,|12.99"})
    void aConfiguredSeparatorDecides(String text, char separator, String expected) {
        assertThat(FeedValues.decimal(text, separator)).isEqualByComparingTo(new BigDecimal(expected));
    }
}
