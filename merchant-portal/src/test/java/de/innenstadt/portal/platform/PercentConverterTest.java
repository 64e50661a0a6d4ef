// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PercentConverterTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "25,5|25.5", "25.5|25.5", "12,5 %|12.5", "20%|20", "-10|-10", "\u221210|-10", "- 10|-10", "+5|5", "0,25|0.25", " 7 |7"})
    void readsWhatOwnersType(String typed, String expected) {
        assertThat(PercentConverter.findPercent(typed)).contains(new BigDecimal(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"zehn", "1.000,5", "5,1234", "--5", "5 5", "%", "12,5 Prozent"})
    void refusesWhatIsNotAPercentage(String typed) {
        assertThat(PercentConverter.findPercent(typed)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"de|25.5|25,5", "en|25.5|25.5", "de|20.0|20", "de|-10|-10", "en|0.125|0.125"})
    void showsTheNumberAsThePageLanguageWritesIt(String language, String value, String shown) {
        assertThat(PercentConverter.format(new BigDecimal(value), Locale.forLanguageTag(language))).isEqualTo(shown);
    }
}
