// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LongHashSetTest {

    @Test
    void behavesLikeAHashSetThroughManyGrowths() {
        LongHashSet set = new LongHashSet(2);
        Set<Long> reference = new HashSet<>();
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            long value = random.nextInt(150_000) - 1000L;
            assertThat(set.add(value)).isEqualTo(reference.add(value));
        }
        assertThat(set.add(Long.MIN_VALUE)).isTrue();
        assertThat(set.add(Long.MIN_VALUE)).isFalse();
        for (long probe = -2000; probe < 160_000; probe += 7) {
            assertThat(set.contains(probe)).isEqualTo(reference.contains(probe));
        }
    }

    @Test
    void refusesACapacityThatIsNoPowerOfTwo() {
        assertThatThrownBy(() -> new LongHashSet(100)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("power of two");
    }
}
