// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import static org.assertj.core.api.Assertions.assertThat;

import de.innenstadt.core.demo.DemoCatalog;
import de.innenstadt.core.demo.DemoProduct;
import de.innenstadt.search.SearchRequest;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QueryMixTest {

    private static List<DemoProduct> products;
    private static List<SearchRequest> queries;

    @BeforeAll
    static void generate() {
        CatalogSpec spec = CatalogSpec.standard();
        products = DemoCatalog.generate(3L, 3_000);
        queries = new QueryMix(spec, products).generate(11L, 2_000);
    }

    @Test
    void isTheSameForTheSameSeed() {
        assertThat(new QueryMix(CatalogSpec.standard(), products).generate(11L, 2_000)).isEqualTo(queries);
    }

    @Test
    void textsHaveOneToThreeWords() {
        assertThat(queries).allSatisfy(q -> assertThat(q.text().split(" ").length).isBetween(1, 4));
        long threeOrMore = queries.stream().filter(q -> q.text().split(" ").length >= 3).count();
        assertThat(threeOrMore).isPositive();
    }

    @Test
    void mixesGeoFacetsAndSorts() {
        assertThat(share(queries.stream().filter(q -> q.radiusKm() != null).count())).isBetween(35.0, 45.0);
        assertThat(queries.stream().filter(q -> q.radiusKm() != null))
                .allSatisfy(q -> assertThat(q.radiusKm()).isBetween(1.0, 3.0));
        assertThat(share(queries.stream().filter(q -> q.category() != null).count())).isBetween(20.0, 30.0);
        assertThat(share(queries.stream().filter(SearchRequest::inStockOnly).count())).isBetween(25.0, 35.0);
        assertThat(share(queries.stream().filter(SearchRequest::openNow).count())).isBetween(10.0, 20.0);
        assertThat(share(queries.stream().filter(q -> q.priceMaxCents() != null).count())).isBetween(10.0, 20.0);
        long relevance = queries.stream().filter(q -> q.sort() == SearchRequest.Sort.RELEVANCE).count();
        assertThat(share(relevance)).isBetween(75.0, 85.0);
        assertThat(queries.stream().filter(q -> q.sort() == SearchRequest.Sort.DISTANCE))
                .isNotEmpty().allSatisfy(q -> assertThat(q.lat()).isNotNull());
        assertThat(queries.stream().filter(q -> q.sort() == SearchRequest.Sort.PRICE)).isNotEmpty();
    }

    @Test
    void wordsAreLettersWithoutFillers() {
        assertThat(QueryMix.words("Damen Winterstiefel Leder schwarz Gr. 38 für den Winter (Variante 2)"))
                .containsExactly("Damen", "Winterstiefel", "Leder", "schwarz", "Winter");
    }

    private static double share(long count) {
        return 100.0 * count / queries.size();
    }
}
