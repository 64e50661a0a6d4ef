// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.query_dsl.BoolQuery;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionBoostMode;
import co.elastic.clients.elasticsearch._types.query_dsl.FunctionScoreMode;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import de.innenstadt.core.reservation.StoreAvailability;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The Elasticsearch query of a shopper's search, and the ranking rules it carries (docs/search.md,
 * "Ranking"): what the product is before what it is for, on the shelf before sold out, typos only
 * when the words as typed find nothing.
 */
final class SearchQueries {

    private static final String OFFERS = ProductSearchRequests.OFFERS;
    /** Offers shown per product when store filters apply; enough for a city centre, small to transfer. */
    private static final int MAX_OFFERS_SHOWN = 20;
    /** A match in the product's head noun (what it is) outweighs a match elsewhere in the title (what it is for). */
    private static final float TYPE_HEAD_BOOST = 6f;
    private static final float TYPE_BOOST = 3f;
    private static final double IN_STOCK_WEIGHT = 4.0;
    private static final double TIE_BREAKER = 0.2;
    /** Elasticsearch's notation for "all words but one" (a single word stays required). */
    private static final String ALL_BUT_ONE = "1<-1";

    private final QueryDecompounder decompounder;

    SearchQueries(QueryDecompounder decompounder) {
        this.decompounder = decompounder;
    }

    /** The query of a search: text, department and brand, the offer conditions, ranked. */
    Query query(SearchRequest request, Query offerFilter, boolean approximate) {
        BoolQuery.Builder bool = new BoolQuery.Builder();
        String text = request.text();
        if (text.isEmpty()) {
            bool.must(m -> m.matchAll(a -> a));
        } else {
            bool.must(approximate ? approximateText(text) : exactText(text));
            bool.should(sh -> sh.match(mt -> mt.field("typeHead").query(text).boost(TYPE_HEAD_BOOST)))
                    .should(sh -> sh.match(mt -> mt.field("type").query(text).boost(TYPE_BOOST)));
        }
        if (request.category() != null) {
            bool.filter(f -> f.term(t -> t.field("category").value(request.category())));
        }
        if (request.brand() != null) {
            bool.filter(f -> f.term(t -> t.field("brand").value(request.brand())));
        }
        if (request.color() != null) {
            bool.filter(f -> f.term(t -> t.field("color").value(request.color())));
        }
        if (request.variantSize() != null) {
            bool.filter(f -> f.term(t -> t.field("size").value(request.variantSize())));
        }
        if (request.hasOfferFilter()) {
            bool.filter(f -> f.nested(n -> n.path(OFFERS).query(offerFilter)
                    .innerHits(ih -> ih.name(OFFERS).size(MAX_OFFERS_SHOWN)
                            .source(src -> src.filter(sf -> sf.includes(ProductSearchRequests.OFFER_FIELDS))))));
        }
        return ranked(bool.build()._toQuery());
    }

    /**
     * The words as typed must all be found: the GTIN or brand exactly, in the title, anywhere with the
     * city's synonyms, inside compounds, or written together as one compound („lauf schuhe“). The best of these ways counts, plus a fifth of the others
     * (a disjunction max): summing them rewarded products that mention the words in several fields
     * („Wandhalterung für Fahrräder“) over products that are the thing („Trekkingrad“).
     */
    private Query exactText(String text) {
        Optional<String> parts = decompounder.expand(text);
        return Query.of(q -> q.disMax(d -> {
            d.queries(sh -> sh.term(t -> t.field("gtin").value(text).boost(50f)))
                    .queries(sh -> sh.term(t -> t.field("brand.lower").value(text.toLowerCase(Locale.GERMAN)).boost(10f)))
                    .queries(sh -> sh.match(mt -> mt.field("title").query(text).operator(Operator.And).boost(3f)))
                    .queries(sh -> sh.matchPhrase(mp -> mp.field("title").query(text).boost(2f)))
                    .queries(sh -> sh.match(mt -> mt.field("allText").query(text).operator(Operator.And).boost(2f)))
                    .queries(sh -> sh.match(mt -> mt.field("allText.parts").query(text).operator(Operator.And)));
            parts.ifPresent(split -> d.queries(sh -> sh.match(mt -> mt.field("allText.parts").query(split)
                    .operator(Operator.And).boost(1.5f))));
            decompounder.join(text).ifPresent(joined -> d.queries(sh -> sh.match(mt -> mt.field("title").query(joined)
                    .boost(3f))));
            return d.tieBreaker(TIE_BREAKER);
        }));
    }

    /**
     * The second try when the words as typed found nothing: every word with typos allowed, or all
     * words but one as typed („ladegerät handy“ finds chargers that do not say „Handy“, „olivenöl
     * griechenland“ finds olive oil from Crete). The product-type boost still ranks what the product
     * is first.
     */
    private static Query approximateText(String text) {
        return Query.of(q -> q.bool(b -> b
                .should(sh -> sh.match(mt -> mt.field("allText").query(text).analyzer("de_plain")
                        .operator(Operator.And).fuzziness("AUTO").prefixLength(1).maxExpansions(20)))
                .should(sh -> sh.match(mt -> mt.field("allText.parts").query(text).analyzer("de_plain")
                        .operator(Operator.And).fuzziness("AUTO").prefixLength(1).maxExpansions(20)))
                .should(sh -> sh.match(mt -> mt.field("allText").query(text).minimumShouldMatch(ALL_BUT_ONE)))
                .should(sh -> sh.match(mt -> mt.field("allText.parts").query(text).minimumShouldMatch(ALL_BUT_ONE)))
                .minimumShouldMatch("1")));
    }

    /**
     * What a shopper can take home ranks first: a product on the shelf in some store counts
     * {@link #IN_STOCK_WEIGHT} times a sold-out one of the same text relevance.
     */
    private static Query ranked(Query query) {
        return Query.of(q -> q.functionScore(fs -> fs.query(query)
                .functions(f -> f.filter(flt -> flt.term(t -> t.field("inStock").value(true))).weight(IN_STOCK_WEIGHT))
                .scoreMode(FunctionScoreMode.Multiply)
                .boostMode(FunctionBoostMode.Multiply)));
    }

    /** The conditions one offer must meet together (shop, price, stock, open now, pickup today, distance). */
    static Query offerFilter(SearchRequest request, StoreAvailability stores) {
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
            offer.filter(f -> f.terms(t -> t.field("offers.storeId").terms(v -> v.value(storeIds(stores.openNow())))));
        }
        if (request.pickupToday()) {
            offer.filter(f -> f.terms(t -> t.field("offers.storeId").terms(v -> v.value(storeIds(stores.pickupToday())))));
        }
        if (request.radiusKm() != null) {
            offer.filter(f -> f.geoDistance(g -> g.field("offers.location")
                    .distance(request.radiusKm() + "km")
                    .location(l -> l.latlon(ll -> ll.lat(request.lat()).lon(request.lon())))));
        }
        return offer.build()._toQuery();
    }

    /** Store ids as Elasticsearch field values, in a fixed order so equal searches send equal requests. */
    private static List<FieldValue> storeIds(Set<Long> ids) {
        return ids.stream().sorted().map(FieldValue::of).toList();
    }
}
