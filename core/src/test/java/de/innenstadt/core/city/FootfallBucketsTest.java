// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.innenstadt.core.city.FootfallBuckets.Bucket;
import de.innenstadt.core.city.FootfallBuckets.StoredHour;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FootfallBucketsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalDate DAY = LocalDate.of(2026, 6, 10);

    @Test
    void aMissingHourIsAGapNotAZero() {
        List<StoredHour> hours = fullDay();
        hours.removeIf(h -> h.hourStartUtc().equals(LocalDateTime.of(2026, 6, 10, 8, 0)));

        List<Bucket> byHour = FootfallBuckets.of(hours, Map.of(), BERLIN, DAY, DAY, Resolution.HOUR);
        List<Bucket> byDay = FootfallBuckets.of(hours, Map.of(), BERLIN, DAY, DAY, Resolution.DAY);

        assertThat(byHour).hasSize(24);
        Bucket tenOClock = byHour.get(10);
        assertThat(tenOClock.start()).isEqualTo(DAY.atTime(10, 0));
        assertThat(tenOClock.gap()).isTrue();
        assertThat(tenOClock.total()).isEmpty();
        assertThat(byHour.get(11).total()).contains(10L);
        assertThat(byDay).singleElement().satisfies(day -> {
            assertThat(day.complete()).isFalse();
            assertThat(day.hoursMissing()).isEqualTo(1);
            assertThat(day.counted()).isEqualTo(230);
            assertThat(day.total()).isEmpty();
        });
    }

    /** An hour the operator reports an outage for is missing like any gap, and the bucket says why. */
    @Test
    void anOutageHourIsMissingAndCarriesTheOperatorsReason() {
        LocalDateTime eight = LocalDateTime.of(2026, 6, 10, 8, 0);
        LocalDateTime nine = eight.plusHours(1);
        List<StoredHour> hours = fullDay();
        hours.removeIf(h -> h.hourStartUtc().equals(eight) || h.hourStartUtc().equals(nine) || h.hourStartUtc().getHour() == 12);

        List<Bucket> byHour = FootfallBuckets.of(hours, Map.of(eight, "Laserausfall", nine, "Laserausfall"), BERLIN, DAY, DAY,
                Resolution.HOUR);
        List<Bucket> byDay = FootfallBuckets.of(hours, Map.of(eight, "Laserausfall", nine, "Laserausfall"), BERLIN, DAY, DAY,
                Resolution.DAY);

        assertThat(byHour.get(10)).extracting(Bucket::gap, Bucket::outageHours, Bucket::outageReason)
                .containsExactly(true, 1, "Laserausfall");
        assertThat(byHour.get(14)).as("nothing delivered, no outage reported").extracting(Bucket::gap, Bucket::outageHours, Bucket::outageReason)
                .containsExactly(true, 0, null);
        assertThat(byDay).singleElement().extracting(Bucket::hoursMissing, Bucket::outageHours, Bucket::outageReason)
                .containsExactly(3, 2, "Laserausfall");
    }

    /** 26 October 2025: the clocks go back at 03:00, so 02:00 comes twice and the day has 25 hours. */
    @Test
    void theDayTheClocksGoBackHasTwentyFiveHoursAndTwoHoursAtTwo() {
        LocalDate change = LocalDate.of(2025, 10, 26);
        List<StoredHour> hours = new ArrayList<>();
        for (LocalDateTime utc = LocalDateTime.of(2025, 10, 25, 22, 0); utc.isBefore(LocalDateTime.of(2025, 10, 26, 23, 0));
                utc = utc.plusHours(1)) {
            hours.add(new StoredHour(utc, utc.getHour() + 1, null, null, false));
        }

        List<Bucket> byHour = FootfallBuckets.of(hours, Map.of(), BERLIN, change, change, Resolution.HOUR);
        List<Bucket> byDay = FootfallBuckets.of(hours, Map.of(), BERLIN, change, change, Resolution.DAY);

        assertThat(byHour).hasSize(25).allSatisfy(hour -> assertThat(hour.complete()).isTrue());
        assertThat(byHour.subList(2, 4)).extracting(Bucket::start, Bucket::offset).containsExactly(
                tuple(change.atTime(2, 0), ZoneOffset.ofHours(2)), tuple(change.atTime(2, 0), ZoneOffset.ofHours(1)));
        assertThat(byHour.subList(2, 4)).extracting(Bucket::counted).containsExactly(1L, 2L);
        assertThat(byDay).singleElement().satisfies(day -> {
            assertThat(day.hoursExpected()).isEqualTo(25);
            assertThat(day.total()).contains(hours.stream().mapToLong(StoredHour::pedestrians).sum());
        });
    }

    @Test
    void daysAndWeeksSumTheirHoursWithWeather() {
        List<Bucket> byDay = FootfallBuckets.of(fullDay(), Map.of(), BERLIN, DAY, DAY, Resolution.DAY);
        List<Bucket> byWeek = FootfallBuckets.of(fullDay(), Map.of(), BERLIN, DAY, DAY, Resolution.WEEK);

        assertThat(byDay).singleElement().satisfies(day -> {
            assertThat(day.total()).contains(240L);
            assertThat(day.unverifiedHours()).isEqualTo(1);
            assertThat(day.meanTemperature()).isEqualByComparingTo("20.0");
            assertThat(day.weather()).isEqualTo("rain");
        });
        assertThat(byWeek).singleElement().satisfies(week -> {
            assertThat(week.start()).isEqualTo(LocalDateTime.of(2026, 6, 8, 0, 0));
            assertThat(week.hoursExpected()).isEqualTo(24);
            assertThat(week.counted()).isEqualTo(240);
        });
    }

    /** 10 June 2026 in Berlin (UTC+2): 22:00 UTC the day before to 21:00 UTC, 10 pedestrians each. */
    private static List<StoredHour> fullDay() {
        List<StoredHour> hours = new ArrayList<>();
        LocalDateTime utc = LocalDateTime.of(2026, 6, 9, 22, 0);
        for (int i = 0; i < 24; i++) {
            hours.add(new StoredHour(utc.plusHours(i), 10, new BigDecimal("20.0"), i < 13 ? "rain" : "clear-day", i == 3));
        }
        return hours;
    }
}
