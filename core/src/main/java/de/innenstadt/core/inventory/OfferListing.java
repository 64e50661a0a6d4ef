// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.inventory;

import de.innenstadt.core.merchant.GeoPoint;
import de.innenstadt.core.merchant.OpeningInterval;
import java.time.Instant;
import java.util.List;

/** One store's offer inside a {@link ProductListing}, with the store facts shoppers filter by. */
public record OfferListing(
        long offerId,
        long storeId,
        String storeName,
        long merchantId,
        String merchantSlug,
        String merchantName,
        GeoPoint location,
        Money price,
        int quantity,
        int available,
        Instant stockUpdatedAt,
        boolean pickupEnabled,
        List<OpeningInterval> weeklyHours) {

    public OfferListing {
        weeklyHours = List.copyOf(weeklyHours);
    }

    public Availability availability() {
        return Availability.of(available);
    }
}
