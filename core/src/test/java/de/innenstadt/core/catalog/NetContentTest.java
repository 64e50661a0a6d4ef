// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NetContentTest {

    /** As labels, tills and Google's unit_pricing_measure write contents. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "500 g|500|G", "500g|500|G", "0,75 l|0.75|L", "0.75 l|0.75|L", "1,5kg|1.5|KG", "750ml|750|ML",
            "70 cl|70|CL", "500 Gramm|500|G", "1 Liter|1|L", "2 sqm|2|SQM", "2,5 m²|2.5|SQM", "12 qm|12|SQM",
            "1 cbm|1|CBM", "25 m|25|M", "80 cm|80|CM", " 250 G |250|G"})
    void readsTheWaysContentsAreWritten(String text, String amount, NetContent.Unit unit) {
        assertThat(NetContent.parse(text)).contains(new NetContent(new BigDecimal(amount), unit));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "g", "500", "12 oz", "10ct", "0 g", "-5 g", "500 g Kaffee", "1.000.000 kg", "viel"})
    void refusesWhatIsNoMetricContent(String text) {
        assertThat(NetContent.parse(text)).isEmpty();
    }

    @Test
    void readsBmecatUnitCodesAndLeavesPiecesOut() {
        assertThat(NetContent.ofUneceCode(new BigDecimal("500"), "GRM")).contains(new NetContent(new BigDecimal("500"), NetContent.Unit.G));
        assertThat(NetContent.ofUneceCode(new BigDecimal("0.7"), "ltr")).contains(new NetContent(new BigDecimal("0.7"), NetContent.Unit.L));
        assertThat(NetContent.ofUneceCode(BigDecimal.ONE, "C62")).isEmpty();
        assertThat(NetContent.ofUneceCode(BigDecimal.ZERO, "GRM")).isEmpty();
    }

    @Test
    void convertsToTheBaseUnitOfTheGrundpreis() {
        assertThat(NetContent.parse("500 g").orElseThrow().inBaseUnit()).isEqualByComparingTo("0.5");
        assertThat(NetContent.parse("75 cl").orElseThrow().inBaseUnit()).isEqualByComparingTo("0.75");
        assertThat(NetContent.parse("250 mg").orElseThrow().inBaseUnit()).isEqualByComparingTo("0.00025");
        assertThat(NetContent.parse("80 cm").orElseThrow().unit().base()).isEqualTo(NetContent.Unit.M);
    }

    @Test
    void printsAsTheLanguageWritesNumbersAndStoresOneForm() {
        NetContent wine = NetContent.parse("0,75 l").orElseThrow();
        assertThat(wine.format(Locale.GERMAN)).isEqualTo("0,75 l");
        assertThat(wine.format(Locale.ENGLISH)).isEqualTo("0.75 l");
        assertThat(NetContent.parse("1500 g").orElseThrow().format(Locale.GERMAN)).isEqualTo("1.500 g");
        assertThat(NetContent.parse("500 g").orElseThrow().canonical()).isEqualTo("500 g");
        assertThat(NetContent.parse(wine.canonical())).contains(wine);
    }
}
