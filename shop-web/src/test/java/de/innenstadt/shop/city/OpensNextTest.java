// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class OpensNextTest {

    private static final LocalDate SUNDAY = LocalDate.of(2026, 12, 6);

    @Test
    void aClosedShopSaysWhenItOpensAsAShopperWouldSayIt() {
        ResourceBundle german = ResourceBundle.getBundle("de.innenstadt.shop.messages", Locale.GERMAN);
        ResourceBundle english = ResourceBundle.getBundle("de.innenstadt.shop.messages", Locale.ENGLISH);

        assertThat(CityView.opensNextLabel(SUNDAY.atTime(14, 0), SUNDAY, Locale.GERMAN, german)).isEqualTo("öffnet heute 14:00");
        assertThat(CityView.opensNextLabel(LocalDateTime.of(2026, 12, 7, 9, 30), SUNDAY, Locale.GERMAN, german))
                .isEqualTo("öffnet morgen 09:30");
        assertThat(CityView.opensNextLabel(LocalDateTime.of(2026, 12, 8, 10, 0), SUNDAY, Locale.GERMAN, german))
                .isEqualTo("öffnet Dienstag 10:00");
        assertThat(CityView.opensNextLabel(LocalDateTime.of(2026, 12, 8, 10, 0), SUNDAY, Locale.ENGLISH, english))
                .isEqualTo("opens Tuesday 10:00");
    }
}
