// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import de.innenstadt.search.ProductDocument.OfferDocument;
import de.innenstadt.search.SearchResult.FacetValue;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Elasticsearch's answer to a product search ({@code _search?typed_keys=true}), read by Jackson straight into the
 * parts a result is built from. The typed client's reader cost several times more CPU per search: it builds every
 * part of the answer as generic objects first and turns each inner hit's source into text and back before binding it
 * (elastic/elasticsearch-java#548), which under load competed with Elasticsearch for the same cores.
 */
record ElasticAnswer(Hits hits, Map<String, JsonNode> aggregations) {

    record Hits(Total total, List<Hit> hits) {
    }

    record Total(long value) {
    }

    /** A product; {@code innerHits} holds the offers that matched the store filters, if there were any. */
    record Hit(@JsonProperty("_source") ProductDocument source,
            @JsonProperty("inner_hits") Map<String, InnerHits> innerHits) {
    }

    record InnerHits(InnerHitList hits) {
    }

    record InnerHitList(Total total, List<InnerHit> hits) {
    }

    /** An offer: a nested hit's source has the offer's own keys, without the {@code offers.} prefix. */
    record InnerHit(@JsonProperty("_source") OfferDocument source) {
    }

    /**
     * A reader bound to the client's JSON settings (dates as ISO-8601 text), so documents read as they were written;
     * it skips the parts of the answer and of the documents that these records do not name.
     */
    static ObjectReader reader(ObjectMapper mapper) {
        return mapper.readerFor(ElasticAnswer.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    static ElasticAnswer read(ObjectReader reader, InputStream json) throws IOException {
        return reader.readValue(json);
    }

    List<Hit> productHits() {
        return hits == null || hits.hits() == null ? List.of() : hits.hits();
    }

    /** Total hits as Elasticsearch counted them, or the page's own count if it did not say. */
    long total() {
        return hits == null || hits.total() == null ? productHits().size() : hits.total().value();
    }

    /** Articles found, counted by a top-level cardinality aggregation; the hit total when there is none. */
    long articles(String name) {
        return aggregation(aggregations, "cardinality", name).map(a -> a.path("value").asLong()).orElse(total());
    }

    /** Terms of a {@code terms} aggregation on a keyword field, most frequent first. */
    List<FacetValue> terms(String name) {
        return aggregation(aggregations, "sterms", name).map(ElasticAnswer::buckets).orElse(List.of()).stream()
                .map(b -> new FacetValue(b.path("key").asText(), count(b)))
                .toList();
    }

    /** The buckets of a {@code range} aggregation that hold products, in the order they were asked for. */
    List<FacetValue> ranges(String name) {
        return aggregation(aggregations, "range", name).map(ElasticAnswer::buckets).orElse(List.of()).stream()
                .filter(b -> b.path("doc_count").asLong() > 0)
                .map(b -> new FacetValue(b.path("key").asText(), count(b)))
                .toList();
    }

    /** A bucket's articles where a cardinality sub-aggregation counts them, otherwise its documents. */
    private static long count(JsonNode bucket) {
        JsonNode articles = bucket.get("cardinality#" + ProductSearchRequests.ARTICLES);
        return articles == null ? bucket.path("doc_count").asLong() : articles.path("value").asLong();
    }


    /**
     * Terms of a {@code terms} aggregation inside a {@code nested} one, each counted by the products (not the nested
     * objects) that carry it, through a {@code reverse_nested} sub-aggregation.
     */
    List<FacetValue> nestedTermsByParent(String nested, String terms, String reverseNested) {
        List<FacetValue> values = new ArrayList<>();
        aggregation(aggregations, "nested", nested)
                .flatMap(n -> aggregation(n, "sterms", terms))
                .map(ElasticAnswer::buckets)
                .orElse(List.of())
                .forEach(bucket -> values.add(new FacetValue(bucket.path("key").asText(),
                        aggregation(bucket, "reverse_nested", reverseNested)
                                .map(ElasticAnswer::count)
                                .orElse(0L))));
        return values;
    }

    /** With {@code typed_keys} Elasticsearch names each aggregation {@code type#name}. */
    private static Optional<JsonNode> aggregation(Map<String, JsonNode> aggregations, String type, String name) {
        return aggregations == null ? Optional.empty() : Optional.ofNullable(aggregations.get(type + "#" + name));
    }

    private static Optional<JsonNode> aggregation(JsonNode parent, String type, String name) {
        JsonNode node = parent.get(type + "#" + name);
        return node == null || !node.isObject() ? Optional.empty() : Optional.of(node);
    }

    private static List<JsonNode> buckets(JsonNode aggregation) {
        JsonNode buckets = aggregation.path("buckets");
        List<JsonNode> list = new ArrayList<>(buckets.size());
        buckets.forEach(list::add);
        return list;
    }

    /** The offers to show with a product: those matched by the store filters if any applied, otherwise all of them. */
    static List<OfferDocument> offers(Hit hit, String innerHitsName) {
        InnerHits inner = hit.innerHits() == null ? null : hit.innerHits().get(innerHitsName);
        if (inner != null) {
            return inner.hits() == null || inner.hits().hits() == null ? List.of()
                    : inner.hits().hits().stream().map(InnerHit::source).filter(source -> source != null).toList();
        }
        List<OfferDocument> offers = hit.source().offers();
        return offers == null ? List.of() : offers;
    }
}
