// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.SortMode;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest.Builder;
import de.innenstadt.core.reservation.StoreAvailability;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The whole Elasticsearch request of a search page: the query ({@link SearchQueries}), one hit per
 * article (variants collapsed; the best-matching variant's document says what the whole article
 * offers), facet counts in articles, the order, and the parts of the documents the page needs.
 */
final class ProductSearchRequests {

    static final String OFFERS = "offers";
    /** The sub-aggregation that counts articles rather than variants in every facet bucket. */
    static final String ARTICLES = "articles";
    /**
     * Below this many articles a count is exact, above it within a few per cent: a higher threshold
     * made every facet bucket cost a large counting structure (ADR 0002's measurement).
     */
    private static final int EXACT_COUNT_UP_TO = 1_000;

    /** Price facet buckets in cents: under 10 €, 10–25 €, 25–50 €, 50–100 €, 100–250 €, 250 € and more. */
    private static final long[] PRICE_STEPS = {1_000, 2_500, 5_000, 10_000, 25_000};

    /**
     * The parts of a product document a hit is built from. Elasticsearch writes and the client parses every byte of
     * {@code _source}, which made up most of the time beyond Elasticsearch's own search (docs/benchmarks.md), so the
     * rest (description, merchant ids and names, pickup flag, price and stock summaries) stays behind.
     */
    private static final List<String> PRODUCT_FIELDS = List.of("productId", "gtin", "title", "brand", "category",
            "imageUrl", "articleKey", "articleTitle", "color", "size", "articleColors", "articleSizes", "variantCount",
            "articleStores", "netContent");
    /** Full paths, also in the inner hits' source filter (which answers with the nested object's own keys). */
    static final List<String> OFFER_FIELDS = Stream.of("offerId", "storeId", "storeName", "merchantSlug",
            "location", "priceCents", "currency", "quantity", "available", "stockUpdatedAt")
            .map(field -> OFFERS + "." + field).toList();
    /** With store filters the offers come from the inner hits (only those that matched), without from the source. */
    private static final List<String> HIT_FIELDS = Stream.concat(PRODUCT_FIELDS.stream(), OFFER_FIELDS.stream())
            .toList();

    /**
     * The parts of Elasticsearch's answer a search reads (plus {@code took}, which benchmarks report): the hits'
     * sources without index names, ids, scores and nested offsets, which made up a fifth of the answer that
     * Elasticsearch wrote and the platform parsed.
     */
    static final String ANSWER_FILTER = "took,hits.total.value,hits.hits._source,"
            + "hits.hits.inner_hits." + OFFERS + ".hits.hits._source,aggregations";

    private final SearchQueries queries;

    ProductSearchRequests(SearchQueries queries) {
        this.queries = queries;
    }

    co.elastic.clients.elasticsearch.core.SearchRequest build(SearchRequest request, String indexName,
            StoreAvailability stores, boolean approximate) {
        Query offerFilter = SearchQueries.offerFilter(request, stores);
        return co.elastic.clients.elasticsearch.core.SearchRequest.of(s -> {
            s.index(indexName)
                    .from(request.page() * request.size())
                    .size(request.size())
                    .source(src -> src.filter(f -> f.includes(request.hasOfferFilter() ? PRODUCT_FIELDS : HIT_FIELDS)))
                    .trackTotalHits(t -> t.enabled(true))
                    .query(queries.query(request, offerFilter, approximate))
                    .collapse(c -> c.field("articleKey"))
                    .aggregations(ARTICLES, articles())
                    .aggregations("category", a -> a.terms(t -> t.field("category").size(30))
                            .aggregations(ARTICLES, articles()))
                    .aggregations("brand", a -> a.terms(t -> t.field("brand").size(30)).aggregations(ARTICLES, articles()))
                    .aggregations("color", a -> a.terms(t -> t.field("color").size(30)).aggregations(ARTICLES, articles()))
                    .aggregations("size", a -> a.terms(t -> t.field("size").size(60)).aggregations(ARTICLES, articles()))
                    .aggregations("price", a -> a.range(r -> r.field("minPriceCents").ranges(priceRanges()))
                            .aggregations(ARTICLES, articles()))
                    .aggregations("shop", a -> a.nested(n -> n.path(OFFERS))
                            .aggregations("slug", slug -> slug.terms(t -> t.field("offers.merchantSlug").size(200))
                                    .aggregations("products", p -> p.reverseNested(r -> r)
                                            .aggregations(ARTICLES, articles()))));
            sort(s, request, offerFilter);
            return s;
        });
    }

    /** Only the query: whether anything matches, without hits, facets or order. */
    co.elastic.clients.elasticsearch.core.SearchRequest anyMatch(SearchRequest request, StoreAvailability stores) {
        Query offerFilter = SearchQueries.offerFilter(request, stores);
        return co.elastic.clients.elasticsearch.core.SearchRequest.of(s -> s.size(0)
                .trackTotalHits(t -> t.count(1)).query(queries.query(request, offerFilter, false)));
    }

    /**
     * By price and by distance an article counts with its cheapest or nearest offer that is on the shelf, the one the
     * page shows first; an article sold out everywhere has no such offer and comes last. Sorting by every offer put
     * an article whose nearest store had sold out first, shown with its nearest store on the shelf at 780 m, above
     * one on the shelf at 550 m.
     */
    private static void sort(Builder s, SearchRequest request, Query offerFilter) {
        Query onShelf = Query.of(q -> q.bool(b -> b.filter(offerFilter)
                .filter(f -> f.range(r -> r.number(n -> n.field("offers.available").gt(0.0))))));
        switch (request.sort()) {
            case PRICE -> s.sort(so -> so.field(f -> f.field("offers.priceCents").order(SortOrder.Asc)
                    .mode(SortMode.Min).nested(n -> n.path(OFFERS).filter(onShelf))));
            case DISTANCE -> s.sort(so -> so.geoDistance(g -> g.field("offers.location")
                    .location(l -> l.latlon(ll -> ll.lat(request.lat()).lon(request.lon())))
                    .order(SortOrder.Asc).unit(DistanceUnit.Kilometers).mode(SortMode.Min)
                    .nested(n -> n.path(OFFERS).filter(onShelf))));
            case RELEVANCE -> s.sort(so -> so.score(sc -> sc.order(SortOrder.Desc)))
                    .sort(so -> so.field(f -> f.field("productId").order(SortOrder.Asc)));
        }
    }

    /** Distinct articles: a facet says „Schuhe (212)“ for 212 articles, not for their 733 sizes and colours. */
    private static Aggregation articles() {
        return Aggregation.of(a -> a.cardinality(c -> c.field("articleKey").precisionThreshold(EXACT_COUNT_UP_TO)));
    }

    private static List<AggregationRange> priceRanges() {
        List<AggregationRange> ranges = new ArrayList<>();
        long from = 0;
        for (long step : PRICE_STEPS) {
            long lower = from;
            ranges.add(AggregationRange.of(r -> r.key(euros(lower) + "-" + euros(step)).from((double) lower).to((double) step)));
            from = step;
        }
        long last = from;
        ranges.add(AggregationRange.of(r -> r.key(euros(last) + "-").from((double) last)));
        return ranges;
    }

    private static String euros(long cents) {
        return String.valueOf(cents / 100);
    }
}
