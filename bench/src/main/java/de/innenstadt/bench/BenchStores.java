// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import de.innenstadt.core.city.PublicHolidays;
import de.innenstadt.core.city.Region;
import de.innenstadt.core.merchant.GeoPoint;
import de.innenstadt.core.merchant.OpeningCalendar;
import de.innenstadt.core.merchant.PostalAddress;
import de.innenstadt.core.merchant.ShopDirectory.StoreProfile;
import de.innenstadt.core.reservation.StoreAvailability;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The benchmark city's stores as the platform sees them, so that the Elasticsearch reference bodies
 * filter „open now“ and „pickup today“ with the same store sets the platform computes: one store per
 * generated shop (store id = shop id, as {@link CatalogLoader} writes them), pickup on and the
 * schema's default preparation time, weekly hours without exceptions, Rhineland-Palatinate holidays.
 */
final class BenchStores {

    /** The store table's default preparation time (V13_1). */
    private static final int DEFAULT_PREPARATION_MINUTES = 30;

    private BenchStores() {
    }

    static StoreAvailability availability(List<BenchShop> shops, Instant now, ZoneId zone) {
        int year = now.atZone(zone).getYear();
        List<StoreProfile> stores = shops.stream().map(shop -> new StoreProfile(shop.id(), shop.id(), shop.slug(),
                shop.name(), shop.name(), new PostalAddress(shop.street(), shop.houseNumber(), shop.postalCode(),
                        "Kaiserslautern"), GeoPoint.of(shop.lat(), shop.lon()), shop.phone(), shop.email(), true, null,
                DEFAULT_PREPARATION_MINUTES, new OpeningCalendar(shop.openings(), Map.of()), List.of())).toList();
        return StoreAvailability.of(stores, now, zone, PublicHolidays.dates(Region.RP, year - 1, year + 1));
    }
}
