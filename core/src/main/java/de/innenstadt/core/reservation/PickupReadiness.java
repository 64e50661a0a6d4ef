// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

import de.innenstadt.core.merchant.OpeningCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

/**
 * When reserved goods can be collected: once the store has had its preparation time and is open.
 *
 * <p>A shopper who reserves at 18:20 in a store that closes at 18:30 and needs half an hour to put the
 * goods aside must not be sent there tonight; the answer is the next morning's opening. The hold
 * period counts from this moment, so a reservation made just before a weekend does not run out
 * while the store is closed.
 */
public final class PickupReadiness {

    /** How far ahead to look for an opening; a store closed longer than this is treated as if it had no hours. */
    static final Duration HORIZON = Duration.ofDays(14);

    private PickupReadiness() {
    }

    /**
     * The earliest instant at or after {@code now + preparation} at which the store is open, in the
     * city's zone; {@code now + preparation} itself when the store does not open within
     * {@link #HORIZON} (no hours entered, closed for renovation), because a deadline must exist.
     */
    public static Instant readyFrom(Instant now, Duration preparation, OpeningCalendar calendar, Set<LocalDate> publicHolidays,
            ZoneId zone) {
        Instant prepared = now.plus(preparation);
        LocalDateTime from = LocalDateTime.ofInstant(prepared, zone);
        return calendar.findOpeningBetween(from, from.plus(HORIZON), publicHolidays)
                .map(opening -> opening.atZone(zone).toInstant())
                .filter(opening -> !opening.isBefore(prepared))
                .orElse(prepared);
    }
}
