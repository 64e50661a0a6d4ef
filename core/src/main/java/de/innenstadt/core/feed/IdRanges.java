// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Ids split into dense ranges and the scattered rest. A feed names its products in the same order every
 * time, and the first import created them in that order, so a batch's products are mostly consecutive ids:
 * one {@code BETWEEN} then reads a thousand of them as a single index range, where {@code IN} lists cost
 * MariaDB a range analysis per value (a million outbox look-ups took 5.2 s as lists of 100 and 1.2 s as
 * ranges, measured in the feed benchmark's database). A range may take in ids the caller did not ask for
 * (at most {@link #MAX_GAP} - 1 between two asked-for ones); callers ignore those rows.
 *
 * @param ranges first and last id of each range, inclusive
 * @param scattered the ids in no range
 */
record IdRanges(List<long[]> ranges, List<Long> scattered) {

    /** The fewest ids a range covers; fewer go into the scattered rest. */
    static final int MIN_IDS_PER_RANGE = 32;
    /** The largest difference between neighbouring ids within one range. */
    static final long MAX_GAP = 4;

    static IdRanges of(Collection<Long> ids) {
        long[] sorted = ids.stream().mapToLong(Long::longValue).distinct().toArray();
        Arrays.sort(sorted);
        List<long[]> ranges = new ArrayList<>();
        List<Long> scattered = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= sorted.length; i++) {
            if (i == sorted.length || sorted[i] - sorted[i - 1] > MAX_GAP) {
                if (i - start >= MIN_IDS_PER_RANGE) {
                    ranges.add(new long[] {sorted[start], sorted[i - 1]});
                } else {
                    for (int j = start; j < i; j++) {
                        scattered.add(sorted[j]);
                    }
                }
                start = i;
            }
        }
        return new IdRanges(ranges, scattered);
    }
}
