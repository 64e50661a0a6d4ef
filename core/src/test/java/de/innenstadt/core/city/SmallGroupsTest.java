// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmallGroupsTest {

    @ParameterizedTest
    @CsvSource({"0, < 5", "1, < 5", "4, < 5", "5, 5", "123, 123"})
    void groupsOfFewerThanFiveReadAsSuppressed(long count, String label) {
        assertThat(SmallGroups.label(count)).isEqualTo(label);
        assertThat(SmallGroups.shown(count).isPresent()).isEqualTo(count >= 5);
    }

    @Test
    void aMeanBelowFiveIsNotShown() {
        assertThat(SmallGroups.shown(4.9)).isEmpty();
        assertThat(SmallGroups.shown(5.0)).hasValue(5.0);
    }
}
