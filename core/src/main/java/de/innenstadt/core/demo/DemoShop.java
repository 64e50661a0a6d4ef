// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.demo;

import de.innenstadt.core.merchant.OpeningInterval;
import de.innenstadt.core.merchant.OpeningHoursSpec;
import java.util.List;
import java.util.Objects;

/**
 * One store of a fictional merchant, as listed in {@code shops.csv}.
 *
 * <p>A merchant with two stores appears as two records sharing {@code slug}, {@code merchantName},
 * {@code category} and {@code description}; {@code storeName} tells them apart. That mirrors the
 * platform's merchant/store split without the demo data depending on its entity classes.
 */
public record DemoShop(
        String slug,
        String merchantName,
        String category,
        String description,
        String storeName,
        String street,
        String houseNumber,
        String postalCode,
        double lat,
        double lon,
        String phone,
        String email,
        String website,
        List<OpeningInterval> openingHours) {

    public DemoShop {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(merchantName, "merchantName");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(storeName, "storeName");
        Objects.requireNonNull(street, "street");
        Objects.requireNonNull(houseNumber, "houseNumber");
        Objects.requireNonNull(postalCode, "postalCode");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(website, "website");
        openingHours = List.copyOf(openingHours);
    }
}
