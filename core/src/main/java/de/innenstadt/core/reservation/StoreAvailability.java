// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

import de.innenstadt.core.merchant.ShopDirectory.StoreProfile;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Which stores are open at a moment and which can hand over reserved goods later that day: the one
 * rule behind search's „jetzt geöffnet“ and „heute abholbereit“, the shop pages and the pickup time
 * of a reservation. It reads each store's {@code OpeningCalendar} (weekly hours with lunch breaks and
 * intervals past midnight, date exceptions, public holidays) and, for pickup, {@link PickupReadiness}
 * with the store's preparation time.
 */
public record StoreAvailability(Instant at, Set<Long> openNow, Set<Long> pickupToday) {

    public StoreAvailability {
        openNow = Set.copyOf(openNow);
        pickupToday = Set.copyOf(pickupToday);
    }

    /** The availability of the given stores at {@code now} in the city's zone. */
    public static StoreAvailability of(Collection<StoreProfile> stores, Instant now, ZoneId zone,
            Set<LocalDate> publicHolidays) {
        Set<Long> open = new HashSet<>();
        Set<Long> pickup = new HashSet<>();
        LocalDate today = now.atZone(zone).toLocalDate();
        for (StoreProfile store : stores) {
            if (store.calendar().isOpenAt(now.atZone(zone).toLocalDateTime(), publicHolidays)) {
                open.add(store.storeId());
            }
            if (store.pickupEnabled()) {
                Instant ready = PickupReadiness.readyFrom(now, Duration.ofMinutes(store.preparationMinutes()),
                        store.calendar(), publicHolidays, zone);
                if (ready.atZone(zone).toLocalDate().equals(today)
                        && store.calendar().isOpenAt(ready.atZone(zone).toLocalDateTime(), publicHolidays)) {
                    pickup.add(store.storeId());
                }
            }
        }
        return new StoreAvailability(now, open, pickup);
    }
}
