// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.core.merchant.OpeningHoursSpec;
import de.innenstadt.core.merchant.OpeningInterval;
import de.innenstadt.search.ProductDocument.MinuteRange;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProductDocumentTest {

    @Test
    void weeklyHoursBecomeMinutesOfTheWeek() {
        List<MinuteRange> ranges = ProductDocument.minuteRanges(OpeningHoursSpec.parse("Mo 09:00-12:30,14:00-18:00; Sa 10:00-14:00"));
        assertThat(ranges).containsExactly(
                new MinuteRange(540, 750), new MinuteRange(840, 1080),
                new MinuteRange(5 * 1440 + 600, 5 * 1440 + 840));
    }

    @Test
    void sundayNightPastMidnightWrapsToMondayMorning() {
        List<MinuteRange> ranges = ProductDocument.minuteRanges(
                List.of(new OpeningInterval(DayOfWeek.SUNDAY, LocalTime.of(22, 0), LocalTime.of(1, 0))));
        assertThat(ranges).containsExactly(new MinuteRange(6 * 1440 + 1320, 7 * 1440), new MinuteRange(0, 60));
    }
}
