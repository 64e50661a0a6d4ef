// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoreKeysTest {

    @Test
    void keysAreCountedPerStore() {
        StoreKeys keys = new StoreKeys();

        assertThat(keys.add(1, 42)).isTrue();
        assertThat(keys.add(2, 42)).isTrue();
        assertThat(keys.add(1, 42)).isFalse();
        assertThat(keys.contains(1, 42)).isTrue();
        assertThat(keys.contains(2, 43)).isFalse();
        assertThat(keys.contains(3, 42)).isFalse();
    }
}
