// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Splits the values of an SQL {@code IN (...)} list into lists MariaDB plans well. From 200 values on
 * ({@code eq_range_index_dive_limit}) it estimates the ranges from index statistics instead of looking them up,
 * and from 1,000 on ({@code in_predicate_conversion_threshold}) it joins the list as a derived table. On the
 * ever-changing {@code outbox (aggregate, aggregate_id)} index, whose statistics are always stale, either made it
 * read every waiting row of all products: 130 ms per look-up with 20,000 rows waiting instead of 2 ms.
 */
public final class InLists {

    /** Values per list: well below MariaDB's default {@code eq_range_index_dive_limit} of 200. */
    public static final int CHUNK = 100;

    private InLists() {
    }

    public static <T> List<List<T>> chunks(Collection<T> values) {
        List<T> all = List.copyOf(values);
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < all.size(); from += CHUNK) {
            chunks.add(all.subList(from, Math.min(all.size(), from + CHUNK)));
        }
        return chunks;
    }
}
