// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.api;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.search.SearchResult.FacetValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The search API writes its answer by hand with JSON-P's generator (ADR 0016); the records and their annotations
 * still say what the answer is. The streamed answer must be exactly what JSON-B writes of the same records, so a
 * field added to a record and forgotten in the writer fails here.
 */
class SearchAnswerWriterTest {

    private static final Instant STOCK_TIME = Instant.parse("2026-12-05T09:30:00Z");

    @Test
    void aFullAnswerIsWhatJsonBWritesOfTheRecords() throws Exception {
        SearchResource.Offer offer = new SearchResource.Offer(17, 3, "Modehaus Barbarossa", "54.90", "EUR", 4, "IN_STOCK", 0.35,
                true, STOCK_TIME);
        SearchResource.Article article = new SearchResource.Article("a:7:winterjacke", "Winterjacke", "Camel", "M", 6,
                List.of("Camel", "Schwarz"), List.of("S", "M", "L"), 2);
        SearchResource.Hit hit = new SearchResource.Hit(42, "4006381333931", "Winterjacke Camel M", "Lauterer Loden", "mode",
                "/media/products/42.webp", article, List.of(offer));
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        facets.put("category", List.of(new FacetValue("mode", 12), new FacetValue("sport", 3)));
        facets.put("brand", List.of(new FacetValue("Pfälzer Landküche", 1)));

        assertWrittenAsJsonB(new SearchResource.Response(1, 1, 20, false, List.of(hit), facets));
    }

    @Test
    void missingValuesAreLeftOutAsJsonBLeavesThemOut() throws Exception {
        SearchResource.Offer offer = new SearchResource.Offer(18, 4, null, "3.50", "EUR", 0, "OUT_OF_STOCK", null, false, null);
        SearchResource.Article article = new SearchResource.Article(null, null, null, null, 1, List.of(), List.of(), 1);
        SearchResource.Hit hit = new SearchResource.Hit(43, null, "Müsli", null, null, null, article, List.of(offer));

        assertWrittenAsJsonB(new SearchResource.Response(1, 1, 20, true, List.of(hit), Map.of()));
    }

    private static void assertWrittenAsJsonB(SearchResource.Response answer) throws Exception {
        ByteArrayOutputStream streamed = new ByteArrayOutputStream();
        new SearchAnswerWriter().writeTo(answer, SearchResource.Response.class, SearchResource.Response.class, null,
                MediaType.APPLICATION_JSON_TYPE, null, streamed);
        try (Jsonb jsonb = JsonbBuilder.create()) {
            assertThat(streamed.toString(StandardCharsets.UTF_8)).isEqualTo(jsonb.toJson(answer));
        }
    }
}
