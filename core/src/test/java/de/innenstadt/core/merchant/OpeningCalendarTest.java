// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.merchant;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpeningCalendarTest {

    /** Monday 2026-11-23. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private final OpeningCalendar lunchBreak = new OpeningCalendar(
            OpeningHoursSpec.parse("Mo-Fr 09:00-12:30,14:00-18:00; Sa 09:00-14:00"), Map.of());

    @Test
    void openDuringHoursAndClosedOverLunch() {
        assertThat(lunchBreak.isOpenAt(MONDAY.atTime(9, 0), Set.of())).isTrue();
        assertThat(lunchBreak.isOpenAt(MONDAY.atTime(12, 30), Set.of())).isFalse();
        assertThat(lunchBreak.isOpenAt(MONDAY.atTime(13, 15), Set.of())).isFalse();
        assertThat(lunchBreak.isOpenAt(MONDAY.atTime(17, 59), Set.of())).isTrue();
        assertThat(lunchBreak.isOpenAt(MONDAY.plusDays(6).atTime(11, 0), Set.of())).isFalse();
    }

    @Test
    void closedOnPublicHolidaysUnlessAnExceptionOpensIt() {
        LocalDate holiday = MONDAY;
        assertThat(lunchBreak.isOpenAt(holiday.atTime(10, 0), Set.of(holiday))).isFalse();
        OpeningCalendar openOnHoliday = new OpeningCalendar(lunchBreak.weekly(),
                Map.of(holiday, List.of(new OpeningInterval(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(18, 0)))));
        assertThat(openOnHoliday.isOpenAt(holiday.atTime(10, 0), Set.of(holiday))).isFalse();
        assertThat(openOnHoliday.isOpenAt(holiday.atTime(15, 0), Set.of(holiday))).isTrue();
    }

    @Test
    void anExceptionWithoutIntervalsClosesTheDay() {
        OpeningCalendar inventoryDay = new OpeningCalendar(lunchBreak.weekly(), Map.of(MONDAY, List.of()));
        assertThat(inventoryDay.isOpenAt(MONDAY.atTime(10, 0), Set.of())).isFalse();
        assertThat(inventoryDay.isOpenAt(MONDAY.plusDays(1).atTime(10, 0), Set.of())).isTrue();
    }

    @Test
    void hoursPastMidnightCountForTheNextMorning() {
        OpeningCalendar lateNight = new OpeningCalendar(
                List.of(new OpeningInterval(DayOfWeek.FRIDAY, LocalTime.of(20, 0), LocalTime.of(2, 0))), Map.of());
        LocalDateTime saturdayOne = LocalDate.of(2026, 11, 28).atTime(1, 0);
        assertThat(lateNight.isOpenAt(saturdayOne, Set.of())).isTrue();
        assertThat(lateNight.isOpenAt(saturdayOne.plusHours(2), Set.of())).isFalse();
        assertThat(lateNight.isOpenAt(LocalDate.of(2026, 11, 27).atTime(23, 0), Set.of())).isTrue();
    }
}
