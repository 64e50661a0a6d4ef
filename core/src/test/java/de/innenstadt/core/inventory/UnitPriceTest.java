// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.core.catalog.NetContent;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Grundpreis as a shopper checks it on a shelf label: price divided by content, per 1 kg, 1 l, 1 m, 1 m². */
class UnitPriceTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "699|500 g|1398|kg", "599|750 g|799|kg", "890|0,75 l|1187|l", "149|75 ml|1987|l",
            "1290|70 cl|1843|l", "3990|2,5 m²|1596|m²", "1299|25 m|52|m", "250|250 mg|1000000|kg"})
    void isThePriceOfOneBaseUnitRoundedToTheCent(long cents, String content, long unitCents, String base) {
        UnitPrice unitPrice = UnitPrice.of(Money.euros(cents), NetContent.parse(content).orElseThrow()).orElseThrow();

        assertThat(unitPrice.price()).isEqualTo(Money.euros(unitCents));
        assertThat(unitPrice.baseUnit()).isEqualTo(base);
    }

    /** PAngV § 4 Abs. 1: it may be left out where it equals the price, and goods by the piece have none. */
    @Test
    void isLeftOutWhereItEqualsThePriceOrThereIsNoContent() {
        assertThat(UnitPrice.of(Money.euros(1299), NetContent.parse("1 kg").orElseThrow())).isEmpty();
        assertThat(UnitPrice.of(Money.euros(1299), NetContent.parse("1000 ml").orElseThrow())).isEmpty();
        assertThat(UnitPrice.of(Money.euros(1299), null)).isEmpty();
    }

    @Test
    void readsAsOnAShelfLabel() {
        UnitPrice coffee = UnitPrice.of(Money.euros(699), NetContent.parse("500 g").orElseThrow()).orElseThrow();

        assertThat(coffee.format(Locale.GERMANY)).isEqualTo("1 kg = 13,98\u00a0€");
        assertThat(coffee.format(Locale.UK)).isEqualTo("1 kg = €13.98");
    }
}
