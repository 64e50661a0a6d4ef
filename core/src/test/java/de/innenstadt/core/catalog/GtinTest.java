// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class GtinTest {

    @ParameterizedTest
    @CsvSource({"890400021003, 7", "730001100001, 7", "400638133393, 1"})
    void checkDigitFollowsGs1Weights(String dataDigits, int expected) {
        assertThat(Gtin.checkDigit(dataDigits)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"8904000210037", "4006381333931", "96385074", "00012345600012", "036000291452"})
    void acceptsValidNumbers(String value) {
        assertThat(Gtin.parse(value)).map(Gtin::value).contains(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4006381333932", "12345", "40063813339a1", "", "400638133393100"})
    void rejectsInvalidNumbersWithAReason(String value) {
        assertThat(Gtin.parse(value)).isEmpty();
        assertThat(Gtin.problemWith(value)).isNotBlank();
        assertThatThrownBy(() -> new Gtin(value)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void explainsAWrongCheckDigit() {
        assertThat(Gtin.problemWith("4006381333932")).isEqualTo("GTIN check digit is 2 but should be 1");
    }

    @Test
    void recognisesInStoreNumbersAndBooks() {
        assertThat(Gtin.withCheckDigit("200000000001").isInStoreNumber()).isTrue();
        assertThat(new Gtin("4006381333931").isInStoreNumber()).isFalse();
        assertThat(Gtin.withCheckDigit("978316148410").isBook()).isTrue();
    }
}
