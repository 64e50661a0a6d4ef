// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.innenstadt.search.SearchRequest.Sort;
import org.junit.jupiter.api.Test;

class SearchRequestTest {

    private static SearchRequest request(Double lat, Double lon, Double radius, Sort sort, int page, int size) {
        return new SearchRequest("schuhe", lat, lon, radius, null, null, null, null, null, false, false, sort, page, size);
    }

    @Test
    void defaultsAreRelevanceAndTwentyHits() {
        SearchRequest plain = SearchRequest.of("  Laufschuhe ");
        assertThat(plain.text()).isEqualTo("Laufschuhe");
        assertThat(plain.sort()).isEqualTo(Sort.RELEVANCE);
        assertThat(plain.size()).isEqualTo(20);
    }

    @Test
    void refusesWhatWouldBurdenOrConfuseTheIndex() {
        assertThatThrownBy(() -> request(null, null, null, null, 0, 100_000)).hasMessageContaining("size");
        assertThatThrownBy(() -> request(49.4, 7.7, -1.0, null, 0, 20)).hasMessageContaining("radiusKm");
        assertThatThrownBy(() -> request(null, null, 2.0, null, 0, 20)).hasMessageContaining("radiusKm");
        assertThatThrownBy(() -> request(49.4, null, null, null, 0, 20)).hasMessageContaining("lat and lon");
        assertThatThrownBy(() -> request(91.0, 7.7, null, null, 0, 20)).hasMessageContaining("lat");
        assertThatThrownBy(() -> request(null, null, null, Sort.DISTANCE, 0, 20)).hasMessageContaining("distance");
        assertThatThrownBy(() -> request(null, null, null, null, -1, 20)).hasMessageContaining("page");
        assertThatThrownBy(() -> SearchRequest.of("x".repeat(201))).hasMessageContaining("200");
    }
}
