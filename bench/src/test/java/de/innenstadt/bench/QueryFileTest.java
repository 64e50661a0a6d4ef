// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import de.innenstadt.core.reservation.StoreAvailability;
import de.innenstadt.search.SearchRequest;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryFileTest {

    private static final SearchRequest NEAR_AND_OPEN = new SearchRequest("Schuhe für Kinder", 49.4445, 7.769, 1.5,
            "schuhe", null, null, 1_000L, 4_950L, true, true, SearchRequest.Sort.DISTANCE, 1, 20);

    @Test
    void apiPathCarriesEveryFilterPercentEncoded() {
        assertThat(QueryFile.apiPath(NEAR_AND_OPEN)).isEqualTo("/api/v1/search?q=Schuhe%20f%C3%BCr%20Kinder"
                + "&lat=49.4445&lon=7.769&radiusKm=1.5&category=schuhe&priceMin=10&priceMax=49.5&inStock=true"
                + "&openNow=true&sort=distance&page=1&size=20");
        assertThat(QueryFile.apiPath(SearchRequest.of("Tee"))).isEqualTo("/api/v1/search?q=Tee&size=20");
    }

    @Test
    void writesPathAndTheBodyThePlatformSends(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("queries.json");
        StoreAvailability stores = new StoreAvailability(Instant.parse("2026-12-07T09:00:00Z"), Set.of(4L, 11L), Set.of(4L));
        try (ElasticBodies bodies = new ElasticBodies()) {
            QueryFile.write(file, List.of(NEAR_AND_OPEN, SearchRequest.of("Tee")), bodies, "innenstadt-products", stores);
        }
        JsonNode rows = new ObjectMapper().readTree(file.toFile());
        assertThat(rows).hasSize(2);
        JsonNode body = new ObjectMapper().readTree(rows.get(0).get("body").asText());
        assertThat(body.path("size").asInt()).isEqualTo(20);
        assertThat(body.path("from").asInt()).isEqualTo(20);
        assertThat(body.toString()).contains("geo_distance", "\"1.5km\"", "offers.storeId", "[4,11]",
                "\"category\"", "schuhe", "\"collapse\"");
        assertThat(body.has("aggregations")).isTrue();
        assertThat(rows.get(1).get("path").asText()).isEqualTo("/api/v1/search?q=Tee&size=20");
    }
}
