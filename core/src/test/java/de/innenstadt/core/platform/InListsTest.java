// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class InListsTest {

    @Test
    void splitsIntoListsOfAtMostTheChunkSizeKeepingOrderAndEveryValue() {
        Set<Long> values = new LinkedHashSet<>();
        LongStream.range(0, 2 * InLists.CHUNK + 50).map(i -> 1000 - i).forEach(values::add);

        List<List<Long>> chunks = InLists.chunks(values);

        assertThat(chunks).extracting(List::size).containsExactly(InLists.CHUNK, InLists.CHUNK, 50);
        assertThat(chunks.stream().flatMap(List::stream).toList()).containsExactlyElementsOf(values);
    }

    @Test
    void hasNoListForNoValues() {
        assertThat(InLists.chunks(List.of())).isEmpty();
    }
}
