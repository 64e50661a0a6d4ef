// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.ElasticsearchTransport;
import de.innenstadt.search.ProductDocument.OfferDocument;
import de.innenstadt.search.SearchResult.FacetValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reads answers in the shape Elasticsearch 8 gives a product search with {@code typed_keys=true}. */
class ElasticAnswerTest {

    private static final String ANSWER = """
            {"took":6,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
             "hits":{"total":{"value":2,"relation":"eq"},"max_score":null,"hits":[
               {"_index":"innenstadt-products-1","_id":"7","_score":3.5,"sort":[3.5,7],
                "_source":{"productId":7,"gtin":"4006381333931","title":"Kinderschuhe rot","brand":"Trittfest",
                           "category":"schuhe"},
                "inner_hits":{"offers":{"hits":{"total":{"value":1,"relation":"eq"},"max_score":0.0,"hits":[
                  {"_index":"innenstadt-products-1","_id":"7","_nested":{"field":"offers","offset":1},"_score":0.0,
                   "_source":{"offerId":71,"storeId":3,"storeName":"Schuh-Eck","merchantSlug":"schuh-eck",
                              "location":{"lat":49.44,"lon":7.77},"priceCents":3995,"currency":"EUR","quantity":4,
                              "available":4,"stockUpdatedAt":"2026-11-21T20:52:59.795Z"}}]}}}},
               {"_index":"innenstadt-products-1","_id":"8","_score":1.0,
                "_source":{"productId":8,"title":"Halbschuhe","offers":[
                  {"offerId":81,"storeId":4,"priceCents":5000,"currency":"EUR","quantity":0,"available":0}]}}]},
             "aggregations":{
               "sterms#category":{"doc_count_error_upper_bound":0,"sum_other_doc_count":0,
                                  "buckets":[{"key":"schuhe","doc_count":2}]},
               "sterms#brand":{"buckets":[{"key":"Trittfest","doc_count":1}]},
               "range#price":{"buckets":[{"key":"0-10","from":0.0,"to":1000.0,"doc_count":0},
                                         {"key":"25-50","from":2500.0,"to":5000.0,"doc_count":1},
                                         {"key":"250-","from":25000.0,"doc_count":1}]},
               "nested#shop":{"doc_count":5,"sterms#slug":{"buckets":[
                 {"key":"schuh-eck","doc_count":3,"reverse_nested#products":{"doc_count":2}}]}}}}
            """;

    private final ElasticAnswer answer = read(ANSWER);

    @Test
    void readsTotalAndFacetsUnderTheirTypedNames() {
        assertThat(answer.total()).isEqualTo(2);
        assertThat(answer.terms("category")).containsExactly(new FacetValue("schuhe", 2));
        assertThat(answer.terms("brand")).containsExactly(new FacetValue("Trittfest", 1));
        assertThat(answer.ranges("price")).containsExactly(new FacetValue("25-50", 1), new FacetValue("250-", 1));
        assertThat(answer.nestedTermsByParent("shop", "slug", "products"))
                .containsExactly(new FacetValue("schuh-eck", 2));
    }

    @Test
    void offersComeFromTheInnerHitsWhenStoreFiltersApplied() {
        List<OfferDocument> offers = ElasticAnswer.offers(answer.productHits().get(0), "offers");
        assertThat(offers).singleElement().satisfies(offer -> {
            assertThat(offer.offerId()).isEqualTo(71);
            assertThat(offer.location().lat()).isEqualTo(49.44);
            assertThat(offer.stockUpdatedAt()).isEqualTo(Instant.parse("2026-11-21T20:52:59.795Z"));
        });
        assertThat(answer.productHits().get(0).source().gtin()).isEqualTo("4006381333931");
    }

    @Test
    void offersComeFromTheSourceWithoutStoreFilters() {
        assertThat(ElasticAnswer.offers(answer.productHits().get(1), "offers"))
                .extracting(OfferDocument::offerId).containsExactly(81L);
    }

    @Test
    void anAnswerWithoutHitsOrAggregationsHasNoFacets() {
        ElasticAnswer empty = read("{\"took\":1,\"hits\":{\"total\":{\"value\":0},\"hits\":[]}}");
        assertThat(empty.total()).isZero();
        assertThat(empty.productHits()).isEmpty();
        assertThat(empty.terms("category")).isEmpty();
        assertThat(empty.nestedTermsByParent("shop", "slug", "products")).isEmpty();
    }

    /** With the JSON settings of the platform's client, which never connects here. */
    private static ElasticAnswer read(String json) {
        ElasticsearchClient client = SearchClientProducer.connect("http://localhost:9");
        try (ElasticsearchTransport transport = client._transport()) {
            JacksonJsonpMapper mapper = (JacksonJsonpMapper) client._jsonpMapper();
            return ElasticAnswer.read(ElasticAnswer.reader(mapper.objectMapper()),
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
