// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.core.merchant.OpeningCalendar;
import de.innenstadt.core.merchant.OpeningHoursSpec;
import de.innenstadt.core.merchant.OpeningInterval;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PickupReadinessTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 2026-11-23. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final Duration HALF_AN_HOUR = Duration.ofMinutes(30);

    private final OpeningCalendar lunchBreak = new OpeningCalendar(
            OpeningHoursSpec.parse("Mo-Fr 09:00-12:30,14:00-18:00; Sa 09:00-14:00"), Map.of());

    @Test
    void whileOpenAndWithTimeToSpareTheGoodsAreReadyAfterThePreparationTime() {
        assertThat(readyFrom(MONDAY.atTime(10, 0), HALF_AN_HOUR, lunchBreak, Set.of())).isEqualTo(MONDAY.atTime(10, 30));
    }

    @Test
    void withoutPreparationTimeAnOpenStoreIsReadyAtOnce() {
        assertThat(readyFrom(MONDAY.atTime(15, 7), Duration.ZERO, lunchBreak, Set.of())).isEqualTo(MONDAY.atTime(15, 7));
    }

    @Test
    void whileClosedTheGoodsAreReadyAtTheNextOpening() {
        assertThat(readyFrom(MONDAY.atTime(6, 0), HALF_AN_HOUR, lunchBreak, Set.of())).isEqualTo(MONDAY.atTime(9, 0));
        assertThat(readyFrom(MONDAY.atTime(12, 45), HALF_AN_HOUR, lunchBreak, Set.of()))
                .as("over lunch").isEqualTo(MONDAY.atTime(14, 0));
        assertThat(readyFrom(MONDAY.plusDays(5).atTime(15, 0), HALF_AN_HOUR, lunchBreak, Set.of()))
                .as("Saturday afternoon waits for Monday").isEqualTo(MONDAY.plusDays(7).atTime(9, 0));
    }

    @Test
    void openNowButClosingWithinThePreparationTimeMeansTheNextOpening() {
        assertThat(readyFrom(MONDAY.atTime(17, 45), HALF_AN_HOUR, lunchBreak, Set.of()))
                .isEqualTo(MONDAY.plusDays(1).atTime(9, 0));
        assertThat(readyFrom(MONDAY.atTime(12, 10), HALF_AN_HOUR, lunchBreak, Set.of()))
                .as("closing for lunch").isEqualTo(MONDAY.atTime(14, 0));
    }

    @Test
    void publicHolidaysAndClosedDaysAreSkipped() {
        Set<LocalDate> tuesdayHoliday = Set.of(MONDAY.plusDays(1));
        assertThat(readyFrom(MONDAY.atTime(17, 45), HALF_AN_HOUR, lunchBreak, tuesdayHoliday))
                .isEqualTo(MONDAY.plusDays(2).atTime(9, 0));

        OpeningCalendar inventoryOnWednesday = new OpeningCalendar(lunchBreak.weekly(), Map.of(MONDAY.plusDays(2), List.of()));
        assertThat(readyFrom(MONDAY.atTime(17, 45), HALF_AN_HOUR, inventoryOnWednesday, tuesdayHoliday))
                .isEqualTo(MONDAY.plusDays(3).atTime(9, 0));
    }

    @Test
    void anExceptionThatOpensOnAHolidayCounts() {
        LocalDate holiday = MONDAY.plusDays(1);
        OpeningCalendar marketDay = new OpeningCalendar(lunchBreak.weekly(),
                Map.of(holiday, List.of(new OpeningInterval(DayOfWeek.TUESDAY, LocalTime.of(13, 0), LocalTime.of(17, 0)))));
        assertThat(readyFrom(MONDAY.atTime(17, 45), HALF_AN_HOUR, marketDay, Set.of(holiday)))
                .isEqualTo(holiday.atTime(13, 0));
    }

    @Test
    void hoursPastMidnightAreOpenInTheSmallHours() {
        OpeningCalendar lateNight = new OpeningCalendar(
                List.of(new OpeningInterval(DayOfWeek.FRIDAY, LocalTime.of(20, 0), LocalTime.of(2, 0))), Map.of());
        LocalDate friday = MONDAY.plusDays(4);
        assertThat(readyFrom(friday.plusDays(1).atTime(0, 30), HALF_AN_HOUR, lateNight, Set.of()))
                .isEqualTo(friday.plusDays(1).atTime(1, 0));
        assertThat(readyFrom(friday.atTime(18, 0), HALF_AN_HOUR, lateNight, Set.of())).isEqualTo(friday.atTime(20, 0));
    }

    @Test
    void aStoreThatDoesNotOpenWithinTwoWeeksIsReadyAfterThePreparationTime() {
        OpeningCalendar noHours = new OpeningCalendar(List.of(), Map.of());
        assertThat(readyFrom(MONDAY.atTime(10, 0), HALF_AN_HOUR, noHours, Set.of())).isEqualTo(MONDAY.atTime(10, 30));

        OpeningCalendar openInThreeWeeks = new OpeningCalendar(List.of(), Map.of(MONDAY.plusDays(21),
                List.of(new OpeningInterval(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(18, 0)))));
        assertThat(readyFrom(MONDAY.atTime(10, 0), HALF_AN_HOUR, openInThreeWeeks, Set.of())).isEqualTo(MONDAY.atTime(10, 30));
    }

    @Test
    void theOpeningIsReadInTheCitysZoneAcrossTheChangeToSummerTime() {
        LocalDate saturdayBeforeChange = LocalDate.of(2026, 3, 28);
        Instant ready = PickupReadiness.readyFrom(saturdayBeforeChange.atTime(15, 0).atZone(BERLIN).toInstant(), HALF_AN_HOUR,
                lunchBreak, Set.of(), BERLIN);
        assertThat(ready).isEqualTo(Instant.parse("2026-03-30T07:00:00Z"));
    }

    private static LocalDateTime readyFrom(LocalDateTime now, Duration preparation, OpeningCalendar calendar,
            Set<LocalDate> holidays) {
        Instant ready = PickupReadiness.readyFrom(now.atZone(BERLIN).toInstant(), preparation, calendar, holidays, BERLIN);
        return LocalDateTime.ofInstant(ready, BERLIN);
    }
}
