// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.reservation;

import de.innenstadt.core.city.CitySettingsService;
import de.innenstadt.core.merchant.ShopDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;

/**
 * {@link StoreAvailability} of every store now, computed once per minute and shared by all searches:
 * a city centre has tens or hundreds of stores, and „open now“ cannot change within a minute. A
 * changed opening time therefore reaches search within a minute.
 */
@ApplicationScoped
public class StoreAvailabilities implements Supplier<StoreAvailability> {

    @Inject
    private ShopDirectory shops;

    @Inject
    private CitySettingsService city;

    @Inject
    private Clock clock;

    private volatile StoreAvailability current;

    /** The stores open now and those that can hand over reserved goods today. */
    @Override
    public StoreAvailability get() {
        Instant minute = Instant.now(clock).truncatedTo(ChronoUnit.MINUTES);
        StoreAvailability known = current;
        if (known != null && known.at().equals(minute)) {
            return known;
        }
        synchronized (this) {
            // the searches arriving while the minute's first one reads the stores wait for its answer
            // instead of reading them again each
            known = current;
            if (known == null || !known.at().equals(minute)) {
                known = StoreAvailability.of(shops.allStores(), minute, city.current().getZone(),
                        city.holidaysAroundNow());
                current = known;
            }
            return known;
        }
    }
}
