// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class IdRangesTest {

    @Test
    void consecutiveIdsBecomeOneRangeInAnyOrder() {
        List<Long> ids = new ArrayList<>(LongStream.rangeClosed(1001, 2000).boxed().toList());
        java.util.Collections.reverse(ids);

        IdRanges split = IdRanges.of(ids);

        assertThat(split.ranges()).containsExactly(new long[] {1001, 2000});
        assertThat(split.scattered()).isEmpty();
    }

    @Test
    void smallGapsStayInsideARangeAndLargeOnesEndIt() {
        List<Long> ids = new ArrayList<>();
        LongStream.iterate(100, id -> id + 4).limit(40).forEach(ids::add);
        LongStream.rangeClosed(1000, 1039).forEach(ids::add);

        IdRanges split = IdRanges.of(ids);

        assertThat(split.ranges()).containsExactly(new long[] {100, 256}, new long[] {1000, 1039});
        assertThat(split.scattered()).isEmpty();
    }

    @Test
    void scatteredIdsAndShortRunsAreLeftForLists() {
        List<Long> ids = new ArrayList<>(List.of(7L, 5_000L, 90_000L, 7L));
        LongStream.rangeClosed(200, 230).forEach(ids::add);

        IdRanges split = IdRanges.of(ids);

        assertThat(split.ranges()).isEmpty();
        assertThat(split.scattered()).hasSize(34).startsWith(7L, 200L).endsWith(5_000L, 90_000L);
    }
}
