// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import de.innenstadt.core.merchant.OpeningInterval;
import java.util.List;

/**
 * A generated merchant with its one store. A department store carries every category; a specialist only its own.
 *
 * @param id the merchant id and the store id alike, from 1
 * @param category a specialist's category; department stores are listed under {@code mode}, their main floor
 */
public record BenchShop(
        long id,
        String slug,
        String name,
        String category,
        boolean departmentStore,
        String street,
        String houseNumber,
        String postalCode,
        double lat,
        double lon,
        String phone,
        List<OpeningInterval> openings) {

    public BenchShop {
        openings = List.copyOf(openings);
    }

    /** Generated shops are recognised by this mail domain, so the loader never clears anyone else's data. */
    public static final String DOMAIN = "bench.example.org";

    public String email() {
        return "info@" + slug + "." + DOMAIN;
    }

    public String website() {
        return "https://" + slug + "." + DOMAIN;
    }
}
