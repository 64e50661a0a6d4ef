// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.core.merchant.GeoPoint;
import de.innenstadt.core.merchant.OpeningCalendar;
import de.innenstadt.core.merchant.OpeningHoursSpec;
import de.innenstadt.core.merchant.OpeningInterval;
import de.innenstadt.core.merchant.PostalAddress;
import de.innenstadt.core.merchant.ShopDirectory.StoreProfile;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one rule for „jetzt geöffnet“ and „heute abholbereit“, on the cases the weekly index ranges got wrong. */
class StoreAvailabilityTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** Monday 2026-11-23. */
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private static StoreProfile store(long id, String hours, Map<LocalDate, List<OpeningInterval>> exceptions,
            boolean pickup, int preparationMinutes) {
        return store(id, OpeningHoursSpec.parse(hours), exceptions, pickup, preparationMinutes);
    }

    private static StoreProfile store(long id, List<OpeningInterval> weekly, Map<LocalDate, List<OpeningInterval>> exceptions,
            boolean pickup, int preparationMinutes) {
        return new StoreProfile(id, 1, "laden", "Laden", "Laden " + id, new PostalAddress("Marktstraße", "1", "67655",
                "Kaiserslautern"), GeoPoint.of(49.44, 7.77), null, null, pickup, null, preparationMinutes,
                new OpeningCalendar(weekly, exceptions), List.of());
    }

    private static StoreAvailability at(LocalDateTime localTime, Set<LocalDate> holidays, StoreProfile... stores) {
        Instant now = localTime.atZone(BERLIN).toInstant();
        return StoreAvailability.of(List.of(stores), now, BERLIN, holidays);
    }

    @Test
    void lunchBreaksCloseAndPickupWaitsForTheAfternoon() {
        StoreProfile lunch = store(1, "Mo-Fr 09:00-12:30,14:00-18:00", Map.of(), true, 30);
        StoreAvailability overLunch = at(MONDAY.atTime(13, 0), Set.of(), lunch);
        assertThat(overLunch.openNow()).isEmpty();
        assertThat(overLunch.pickupToday()).containsExactly(1L);
    }

    @Test
    void aPublicHolidayClosesUnlessAnExceptionOpens() {
        StoreProfile weekly = store(1, "Mo-Sa 09:00-18:00", Map.of(), true, 30);
        StoreProfile openOnHoliday = store(2, "Mo-Sa 09:00-18:00",
                Map.of(MONDAY, List.of(new OpeningInterval(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(16, 0)))),
                true, 30);
        StoreAvailability holiday = at(MONDAY.atTime(12, 0), Set.of(MONDAY), weekly, openOnHoliday);
        assertThat(holiday.openNow()).containsExactly(2L);
        assertThat(holiday.pickupToday()).containsExactly(2L);
    }

    @Test
    void aClosedDateIsClosedAllDay() {
        StoreProfile closedToday = store(1, "Mo-Sa 09:00-18:00", Map.of(MONDAY, List.of()), true, 30);
        StoreAvailability monday = at(MONDAY.atTime(10, 0), Set.of(), closedToday);
        assertThat(monday.openNow()).isEmpty();
        assertThat(monday.pickupToday()).isEmpty();
    }

    @Test
    void hoursPastMidnightAreStillOpenAfterMidnight() {
        StoreProfile late = store(1, List.of(new OpeningInterval(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(2, 0))),
                Map.of(), false, 0);
        assertThat(at(MONDAY.plusDays(1).atTime(1, 0), Set.of(), late).openNow()).containsExactly(1L);
        assertThat(at(MONDAY.plusDays(1).atTime(3, 0), Set.of(), late).openNow()).isEmpty();
    }

    @Test
    void pickupTodayNeedsThePreparationTimeBeforeClosingAndPickupSwitchedOn() {
        StoreProfile slow = store(1, "Mo-Sa 09:00-18:30", Map.of(), true, 30);
        StoreProfile noPickup = store(2, "Mo-Sa 09:00-20:00", Map.of(), false, 0);
        StoreAvailability lateAfternoon = at(MONDAY.atTime(18, 10), Set.of(), slow, noPickup);
        assertThat(lateAfternoon.openNow()).containsExactlyInAnyOrder(1L, 2L);
        assertThat(lateAfternoon.pickupToday()).isEmpty();
        assertThat(at(MONDAY.atTime(17, 0), Set.of(), slow, noPickup).pickupToday()).containsExactly(1L);
    }
}
