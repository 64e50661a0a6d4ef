// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.innenstadt.core.city.CityReport.UseRow;
import org.junit.jupiter.api.Test;

/** Platform-use figures during a campaign: small groups on either side hide the comparison. */
class UseRowTest {

    @Test
    void bothSidesLargeEnoughGiveAChange() {
        UseRow searches = new UseRow("searches", 150, 100.0);

        assertThat(searches.suppressed()).isFalse();
        assertThat(searches.duringLabel()).isEqualTo("150");
        assertThat(searches.baselineLabel()).isEqualTo("100.0");
        assertThat(searches.changePercent()).isCloseTo(50.0, within(1e-9));
    }

    @Test
    void fewerThanFiveDuringTheCampaignIsSuppressed() {
        UseRow reservations = new UseRow("spielwaren", 3, 12.5);

        assertThat(reservations.suppressed()).isTrue();
        assertThat(reservations.duringLabel()).isEqualTo("< 5");
        assertThat(reservations.baselineLabel()).isEqualTo("12.5");
        assertThat(reservations.changePercent()).isNull();
    }

    @Test
    void aBaselineMeanBelowFiveIsSuppressed() {
        UseRow reservations = new UseRow("buecher", 8, 4.75);

        assertThat(reservations.baselineLabel()).isEqualTo("< 5");
        assertThat(reservations.changePercent()).isNull();
    }
}
