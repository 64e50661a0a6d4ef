// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.core.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.innenstadt.core.city.SpellingGroups.Group;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpellingGroupsTest {

    @Test
    void spellingsOfOneWishAreCountedOnceUnderTheCommonestSpelling() {
        List<Group> groups = SpellingGroups.of(Map.of("fahrrad", 7L, "fahrräder", 3L, "fahrraeder", 1L, "lastenrad", 6L,
                "nähmaschinennadeln", 5L, "naehmaschinennadel", 2L));

        assertThat(groups).extracting(Group::label, Group::total).containsExactly(
                tuple("fahrrad", 11L), tuple("nähmaschinennadeln", 7L),
                tuple("lastenrad", 6L));
        assertThat(groups.get(0).spellings()).containsExactly(Map.entry("fahrrad", 7L), Map.entry("fahrräder", 3L),
                Map.entry("fahrraeder", 1L));
    }

    @Test
    void shortWordsKeepTheirEndingsAndDifferentWishesStayApart() {
        assertThat(SpellingGroups.key("Schuhe")).isEqualTo(SpellingGroups.key("schuh"));
        assertThat(SpellingGroups.key("Bücher")).isEqualTo(SpellingGroups.key("buch"));
        assertThat(SpellingGroups.key("Notebooks")).isEqualTo(SpellingGroups.key("notebook"));
        assertThat(SpellingGroups.key("rote Jacke")).isEqualTo(SpellingGroups.key("Rote Jacken!"));
        assertThat(SpellingGroups.key("Tee")).isNotEqualTo(SpellingGroups.key("Te"));
        assertThat(SpellingGroups.key("Wein")).isNotEqualTo(SpellingGroups.key("Weine rot"));
    }
}
