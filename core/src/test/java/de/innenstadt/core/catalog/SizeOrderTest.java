// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SizeOrderTest {

    @Test
    void sizesComeInShelfOrder() {
        assertThat(SizeOrder.sorted(List.of("XL", "S", "M", "XXL", "L", "XS"))).containsExactly("XS", "S", "M", "L", "XL", "XXL");
        assertThat(SizeOrder.sorted(List.of("42", "39", "40,5", "104", "92"))).containsExactly("39", "40,5", "42", "92", "104");
        assertThat(SizeOrder.sorted(List.of("W34/L32", "W32/L34", "W32/L32"))).containsExactly("W32/L32", "W32/L34", "W34/L32");
        assertThat(SizeOrder.sorted(List.of("Einheitsgröße", "M", "38"))).containsExactly("M", "38", "Einheitsgröße");
    }
}
