// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.DistanceUnit;
import co.elastic.clients.elasticsearch._types.SortMode;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.AggregationRange;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.RangeRelation;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectReader;
import de.innenstadt.core.inventory.Availability;
import de.innenstadt.core.merchant.GeoPoint;
import de.innenstadt.search.ProductDocument.MinuteRange;
import de.innenstadt.search.ProductDocument.OfferDocument;
import de.innenstadt.search.SearchResult.FacetValue;
import de.innenstadt.search.SearchResult.OfferHit;
import de.innenstadt.search.SearchResult.ProductHit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.RestClient;

/**
 * Cross-shop product search: our request in, our result out. Filters that concern a store (where,
 * open now, in stock, price, shop) are applied to the nested offers together, so "in stock within
 * 1 km" means one offer that is both, and the offers shown with a hit are those that matched.
 *
 * <p>Text relevance, strongest first: the GTIN or the brand typed exactly; all words in the title;
 * all words anywhere (title, brand, category), with the city's synonyms; a compound in the query
 * split into its parts ("Kinderschuhe" → "Kinder Schuhe") or the words found inside a compound
 * of the product ("Schuhe für Kinder" → "Kinderschuhe"); and, weakest, the words with typos allowed.
 * Whole words and compound parts live in separate fields, so "Fahrrad" ranks a bicycle above a
 * bicycle helmet.
 */
@ApplicationScoped
public class ProductSearch {

    private static final String OFFERS = "offers";
    private static final int SUGGESTIONS = 8;
    /** Offers shown per product when store filters apply; enough for a city centre, small to transfer. */
    private static final int MAX_OFFERS_SHOWN = 20;
    private static final int MINUTES_PER_DAY = 24 * 60;

    /** Price facet buckets in cents: under 10 €, 10–25 €, 25–50 €, 50–100 €, 100–250 €, 250 € and more. */
    private static final long[] PRICE_STEPS = {1_000, 2_500, 5_000, 10_000, 25_000};

    /**
     * The parts of a product document a hit is built from. Elasticsearch writes and the client parses every byte of
     * {@code _source}, which made up most of the time beyond Elasticsearch's own search (docs/benchmarks.md), so the
     * rest (description, merchant ids and names, pickup flag, price and stock summaries) stays behind.
     */
    private static final List<String> PRODUCT_FIELDS = List.of("productId", "gtin", "title", "brand", "category",
            "imageUrl");
    /** Full paths, also in the inner hits' source filter (which answers with the nested object's own keys). */
    private static final List<String> OFFER_FIELDS = Stream.of("offerId", "storeId", "storeName", "merchantSlug",
            "location", "priceCents", "currency", "quantity", "available", "stockUpdatedAt", "openMinutes")
            .map(field -> OFFERS + "." + field).toList();
    /** With store filters the offers come from the inner hits (only those that matched), without from the source. */
    private static final List<String> HIT_FIELDS = Stream.concat(PRODUCT_FIELDS.stream(), OFFER_FIELDS.stream())
            .toList();

    /**
     * The parts of Elasticsearch's answer a search reads (plus {@code took}, which benchmarks report): the hits'
     * sources without index names, ids, scores and nested offsets, which made up a fifth of the answer that
     * Elasticsearch wrote and the platform parsed.
     */
    private static final String ANSWER_FILTER = "took,hits.total.value,hits.hits._source,"
            + "hits.hits.inner_hits." + OFFERS + ".hits.hits._source,aggregations";

    private ElasticsearchClient client;
    /** Searches go out through the client's own connections and come back through {@link ElasticAnswer}. */
    private RestClient restClient;
    private ObjectReader answerReader;
    private ProductIndex index;
    private SearchSettings settings;
    private Clock clock;
    private QueryDecompounder decompounder;

    /** For CDI's client proxy only. */
    protected ProductSearch() {
    }

    @Inject
    public ProductSearch(ElasticsearchClient client, ProductIndex index, SearchSettings settings, Clock clock) {
        this.client = client;
        this.restClient = ((RestClientTransport) client._transport()).restClient();
        this.answerReader = ElasticAnswer.reader(((JacksonJsonpMapper) client._jsonpMapper()).objectMapper());
        this.index = index;
        this.settings = settings;
        this.clock = clock;
        this.decompounder = QueryDecompounder.bundled();
    }

    public SearchResult search(SearchRequest request) {
        int minuteOfWeek = minuteOfWeekNow();
        Request http = new Request("POST", "/" + index.alias() + "/_search");
        http.addParameter("typed_keys", "true");
        http.addParameter("filter_path", ANSWER_FILTER);
        http.setJsonEntity(elasticRequestJson(request, index.alias(), minuteOfWeek));
        ElasticAnswer answer;
        try {
            Response response = restClient.performRequest(http);
            try (InputStream body = response.getEntity().getContent()) {
                answer = ElasticAnswer.read(answerReader, body);
            }
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException("Search is unavailable: " + e.getMessage(), e);
        }
        List<ProductHit> hits = answer.productHits().stream().map(h -> toHit(h, request, minuteOfWeek)).toList();
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        facets.put("category", answer.terms("category"));
        facets.put("brand", answer.terms("brand"));
        facets.put("shop", answer.nestedTermsByParent("shop", "slug", "products"));
        facets.put("price", answer.ranges("price"));
        return new SearchResult(answer.total(), request.page(), request.size(), hits, facets);
    }

    /** Product titles that complete what the shopper has typed so far, best matches first, no duplicates. */
    public List<String> suggest(String prefix) {
        String text = prefix == null ? "" : prefix.strip();
        if (text.isEmpty()) {
            return List.of();
        }
        if (text.length() > SearchRequest.MAX_TEXT) {
            throw new IllegalArgumentException("q may be at most " + SearchRequest.MAX_TEXT + " characters long");
        }
        try {
            SearchResponse<ProductDocument> response = client.search(s -> s.index(index.alias())
                    .size(SUGGESTIONS * 3)
                    .source(src -> src.filter(f -> f.includes("title")))
                    .query(q -> q.bool(b -> b
                            .must(m -> m.match(mt -> mt.field("title.autocomplete").query(text).operator(Operator.And)))
                            .should(sh -> sh.matchPhrasePrefix(mp -> mp.field("title").query(text))))),
                    ProductDocument.class);
            Set<String> titles = new LinkedHashSet<>();
            for (Hit<ProductDocument> hit : response.hits().hits()) {
                if (hit.source() != null && titles.size() < SUGGESTIONS) {
                    titles.add(hit.source().title());
                }
            }
            return List.copyOf(titles);
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException("Suggestions are unavailable: " + e.getMessage(), e);
        }
    }

    /**
     * Where a search is sent, with the URL parameters the platform uses: benchmarks send {@link #elasticRequestJson}
     * there as the reference for the platform's own overhead.
     */
    public static String searchPath(String indexName) {
        return "/" + indexName + "/_search?typed_keys=true&filter_path=" + ANSWER_FILTER;
    }

    /**
     * The Elasticsearch request for a search, as JSON: what benchmarks send straight to Elasticsearch
     * as the reference for the platform's own overhead.
     */
    public String elasticRequestJson(SearchRequest request, String indexName, int minuteOfWeek) {
        return JsonpUtils.toJsonString(elasticRequest(request, indexName, minuteOfWeek), client._jsonpMapper());
    }

    private co.elastic.clients.elasticsearch.core.SearchRequest elasticRequest(SearchRequest request,
            String indexName, int minuteOfWeek) {
        Query offerFilter = offerFilter(request, minuteOfWeek);
        return co.elastic.clients.elasticsearch.core.SearchRequest.of(s -> {
            s.index(indexName)
                    .from(request.page() * request.size())
                    .size(request.size())
                    .source(src -> src.filter(f -> f.includes(request.hasOfferFilter() ? PRODUCT_FIELDS : HIT_FIELDS)))
                    .trackTotalHits(t -> t.enabled(true))
                    .query(query(request, offerFilter))
                    .aggregations("category", a -> a.terms(t -> t.field("category").size(30)))
                    .aggregations("brand", a -> a.terms(t -> t.field("brand").size(30)))
                    .aggregations("price", a -> a.range(r -> r.field("minPriceCents").ranges(priceRanges())))
                    .aggregations("shop", a -> a.nested(n -> n.path(OFFERS))
                            .aggregations("slug", slug -> slug.terms(t -> t.field("offers.merchantSlug").size(200))
                                    .aggregations("products", p -> p.reverseNested(r -> r))));
            switch (request.sort()) {
                case PRICE -> s.sort(so -> so.field(f -> f.field("offers.priceCents").order(SortOrder.Asc)
                        .mode(SortMode.Min).nested(n -> n.path(OFFERS).filter(offerFilter))));
                case DISTANCE -> s.sort(so -> so.geoDistance(g -> g.field("offers.location")
                        .location(l -> l.latlon(ll -> ll.lat(request.lat()).lon(request.lon())))
                        .order(SortOrder.Asc).unit(DistanceUnit.Kilometers).mode(SortMode.Min)
                        .nested(n -> n.path(OFFERS).filter(offerFilter))));
                case RELEVANCE -> s.sort(so -> so.score(sc -> sc.order(SortOrder.Desc)))
                        .sort(so -> so.field(f -> f.field("productId").order(SortOrder.Asc)));
            }
            return s;
        });
    }

    private Query query(SearchRequest request, Query offerFilter) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        String text = request.text();
        if (text.isEmpty()) {
            bool.must(m -> m.matchAll(a -> a));
        } else {
            Optional<String> parts = decompounder.expand(text);
            bool.must(m -> m.bool(b -> {
                b.should(sh -> sh.term(t -> t.field("gtin").value(text).boost(50f)))
                        .should(sh -> sh.term(t -> t.field("brand.lower").value(text.toLowerCase(Locale.GERMAN)).boost(10f)))
                        .should(sh -> sh.match(mt -> mt.field("title").query(text).operator(Operator.And).boost(3f)))
                        .should(sh -> sh.matchPhrase(mp -> mp.field("title").query(text).boost(2f)))
                        .should(sh -> sh.match(mt -> mt.field("allText").query(text).operator(Operator.And).boost(2f)))
                        .should(sh -> sh.match(mt -> mt.field("allText.parts").query(text).operator(Operator.And)))
                        .should(sh -> sh.match(mt -> mt.field("allText").query(text).analyzer("de_plain")
                                .operator(Operator.And).fuzziness("AUTO").prefixLength(2).maxExpansions(20).boost(0.5f)));
                parts.ifPresent(split -> b.should(sh -> sh.match(mt -> mt.field("allText.parts").query(split)
                        .operator(Operator.And).boost(1.5f))));
                return b.minimumShouldMatch("1");
            }));
        }
        if (request.category() != null) {
            bool.filter(f -> f.term(t -> t.field("category").value(request.category())));
        }
        if (request.brand() != null) {
            bool.filter(f -> f.term(t -> t.field("brand").value(request.brand())));
        }
        if (request.hasOfferFilter()) {
            bool.filter(f -> f.nested(n -> n.path(OFFERS).query(offerFilter)
                    .innerHits(ih -> ih.name(OFFERS).size(MAX_OFFERS_SHOWN)
                            .source(src -> src.filter(sf -> sf.includes(OFFER_FIELDS))))));
        }
        return bool.build()._toQuery();
    }

    private static Query offerFilter(SearchRequest request, int minuteOfWeek) {
        BoolQuery.Builder offer = new BoolQuery.Builder();
        offer.filter(f -> f.exists(e -> e.field("offers.offerId")));
        if (request.shop() != null) {
            offer.filter(f -> f.term(t -> t.field("offers.merchantSlug").value(request.shop())));
        }
        if (request.priceMinCents() != null || request.priceMaxCents() != null) {
            offer.filter(f -> f.range(r -> r.number(n -> {
                n.field("offers.priceCents");
                if (request.priceMinCents() != null) {
                    n.gte(request.priceMinCents().doubleValue());
                }
                if (request.priceMaxCents() != null) {
                    n.lte(request.priceMaxCents().doubleValue());
                }
                return n;
            })));
        }
        if (request.inStockOnly() || request.pickupToday()) {
            offer.filter(f -> f.range(r -> r.number(n -> n.field("offers.available").gt(0.0))));
        }
        if (request.openNow()) {
            offer.filter(f -> f.term(t -> t.field("offers.openMinutes").value(minuteOfWeek)));
        }
        if (request.pickupToday()) {
            double endOfDay = (minuteOfWeek / MINUTES_PER_DAY + 1) * (double) MINUTES_PER_DAY;
            offer.filter(f -> f.term(t -> t.field("offers.pickup").value(true)));
            offer.filter(f -> f.range(r -> r.number(n -> n.field("offers.openMinutes")
                    .gte((double) minuteOfWeek).lt(endOfDay).relation(RangeRelation.Intersects))));
        }
        if (request.radiusKm() != null) {
            offer.filter(f -> f.geoDistance(g -> g.field("offers.location")
                    .distance(request.radiusKm() + "km")
                    .location(l -> l.latlon(ll -> ll.lat(request.lat()).lon(request.lon())))));
        }
        return offer.build()._toQuery();
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

    private ProductHit toHit(ElasticAnswer.Hit hit, SearchRequest request, int minuteOfWeek) {
        ProductDocument doc = hit.source();
        List<OfferDocument> offers = ElasticAnswer.offers(hit, OFFERS);
        GeoPoint from = request.findPoint().map(p -> GeoPoint.of(p[0], p[1])).orElse(null);
        List<OfferHit> offerHits = new ArrayList<>();
        for (OfferDocument o : offers) {
            Double distance = from == null ? null
                    : Math.round(from.distanceKm(GeoPoint.of(o.location().lat(), o.location().lon())) * 100) / 100.0;
            offerHits.add(new OfferHit(o.offerId(), o.storeId(), o.storeName(), o.merchantSlug(), o.priceCents(),
                    o.currency(), o.quantity(), Availability.of(o.available()).name().toLowerCase(Locale.ROOT),
                    distance, isOpen(o.openMinutes(), minuteOfWeek), o.stockUpdatedAt()));
        }
        offerHits.sort(from == null ? Comparator.comparingLong(OfferHit::priceCents)
                : Comparator.comparingDouble(OfferHit::distanceKm));
        return new ProductHit(doc.productId(), doc.gtin(), doc.title(), doc.brand(), doc.category(), doc.imageUrl(),
                offerHits);
    }

    private static boolean isOpen(List<MinuteRange> ranges, int minuteOfWeek) {
        return ranges != null && ranges.stream().anyMatch(r -> minuteOfWeek >= r.gte() && minuteOfWeek < r.lt());
    }

    private int minuteOfWeekNow() {
        return minuteOfWeek(ZonedDateTime.now(clock.withZone(settings.zone())));
    }

    /** Minutes since Monday 00:00 of a local time: how "open now" is matched against week-minute ranges. */
    public static int minuteOfWeek(ZonedDateTime time) {
        return (time.getDayOfWeek().getValue() - 1) * MINUTES_PER_DAY + time.getHour() * 60 + time.getMinute();
    }
}
