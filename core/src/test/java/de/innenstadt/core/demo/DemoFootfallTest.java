// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.demo;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.core.city.CampaignEffect;
import de.innenstadt.core.city.FootfallReading;
import de.innenstadt.core.city.PublicHolidays;
import de.innenstadt.core.city.Region;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoFootfallTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 21);

    private final DemoFootfall.Year year = DemoFootfall.generate(42, LAST_DAY, BERLIN);

    @Test
    void aYearOfThreeCountersWithAFewGapsAndUnverifiedHours() {
        int possible = 365 * 24 * 3;
        assertThat(year.readings()).hasSizeBetween(possible - 120, possible - 40);
        assertThat(year.readings()).filteredOn(FootfallReading::unverified).hasSizeBetween(20, 200);
        assertThat(year.readings()).allSatisfy(reading -> assertThat(reading.pedestrians()).isGreaterThanOrEqualTo(5));
    }

    @Test
    void theSameSeedGivesTheSameYear() {
        assertThat(DemoFootfall.generate(42, LAST_DAY, BERLIN).readings()).isEqualTo(year.readings());
    }

    @Test
    void theLateOpeningNightShowsAClearUplift() {
        DemoFootfall.DemoCampaign night = year.campaigns().get(0);
        Set<LocalDate> holidays = PublicHolidays.dates(Region.RP, 2025, 2026);
        Map<LocalDateTime, CampaignEffect.Hour> counts = new HashMap<>();
        year.readings().stream().filter(r -> r.locationId().equals("kl-fackelstrasse")).forEach(r -> counts.put(
                r.hourStart().atOffset(ZoneOffset.UTC).atZoneSameInstant(BERLIN).toLocalDateTime(),
                new CampaignEffect.Hour(r.pedestrians(), r.unverified())));
        List<LocalDateTime> hours = new ArrayList<>();
        for (LocalDateTime hour = night.starts(); hour.isBefore(night.ends()); hour = hour.plusHours(1)) {
            hours.add(hour);
        }

        CampaignEffect.Result effect = CampaignEffect.measure(hours, counts, List.of(),
                day -> !holidays.contains(day) && !day.equals(night.starts().toLocalDate()), 4);

        assertThat(effect.hoursCompared()).isEqualTo(5);
        assertThat(effect.upliftPercent().getAsDouble()).isBetween(80.0, 180.0);
        assertThat(effect.upliftLowPercent().getAsDouble()).isPositive();
    }
}
