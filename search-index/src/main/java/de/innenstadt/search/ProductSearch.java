// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.search;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectReader;
import de.innenstadt.core.catalog.NetContent;
import de.innenstadt.core.catalog.SizeOrder;
import de.innenstadt.core.inventory.Availability;
import de.innenstadt.core.reservation.StoreAvailability;
import de.innenstadt.core.merchant.GeoPoint;
import de.innenstadt.search.ProductDocument.OfferDocument;
import de.innenstadt.search.SearchResult.FacetValue;
import de.innenstadt.search.SearchResult.ArticleSummary;
import de.innenstadt.search.SearchResult.OfferHit;
import de.innenstadt.search.SearchResult.ProductHit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
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
 * of the product ("Schuhe für Kinder" → "Kinderschuhe"). Only when the words as typed find nothing
 * are typos allowed. Whole words and compound parts live in separate fields, so "Fahrrad" ranks a
 * bicycle above a bicycle helmet; a match in what the product is ({@link ProductType}) ranks above a
 * match in what it is for; and products on a shelf rank above sold-out ones.
 */
@ApplicationScoped
public class ProductSearch {


    /** The availability class of an offer nobody can take home: listed after the ones on a shelf. */
    private static final String SOLD_OUT = Availability.OUT_OF_STOCK.name().toLowerCase(Locale.ROOT);

    private ElasticsearchClient client;
    /** Searches go out through the client's own connections and come back through {@link ElasticAnswer}. */
    private RestClient restClient;
    private ObjectReader answerReader;
    private ProductIndex index;
    /** Which stores are open now and can hand over today: the one rule of {@link StoreAvailability}. */
    private Supplier<StoreAvailability> stores;
    private ProductSearchRequests requests;

    /** For CDI's client proxy only. */
    protected ProductSearch() {
    }

    @Inject
    public ProductSearch(ElasticsearchClient client, ProductIndex index, Supplier<StoreAvailability> stores) {
        this.client = client;
        this.restClient = ((RestClientTransport) client._transport()).restClient();
        this.answerReader = ElasticAnswer.reader(((JacksonJsonpMapper) client._jsonpMapper()).objectMapper());
        this.index = index;
        this.stores = stores;
        this.requests = new ProductSearchRequests(new SearchQueries(QueryDecompounder.bundled()));
    }

    /**
     * One page of results. When the words as typed find nothing, the search runs once more with
     * typos allowed or all words but one, and says so ({@link SearchResult#approximate()}): allowing
     * typos from the start let „Pullover“ find „Waschpulver“ while real pullovers were there. When the
     * words find something and only the filters leave nothing, the empty answer stands, so the page
     * can say which filter to drop instead of showing look-alikes.
     */
    public SearchResult search(SearchRequest request) {
        StoreAvailability now = stores.get();
        SearchResult exact = search(request, now, false);
        if (exact.total() > 0 || request.text().isEmpty()
                || request.hasFilter() && wordsFindSomething(request, now)) {
            return exact;
        }
        SearchResult approximate = search(request, now, true);
        return approximate.total() > 0 ? approximate : exact;
    }

    /**
     * Whether the words alone find anything: a search of one hit without facets, stopped at the first
     * match, so the check costs a fraction of a results page.
     */
    private boolean wordsFindSomething(SearchRequest request, StoreAvailability now) {
        Request http = new Request("POST", "/" + index.alias() + "/_search");
        http.addParameter("filter_path", "hits.total.value");
        http.addParameter("terminate_after", "1");
        http.addParameter("size", "0");
        http.setJsonEntity(JsonpUtils.toJsonString(requests.anyMatch(request.wordsOnly(), now), client._jsonpMapper()));
        try {
            Response response = restClient.performRequest(http);
            try (InputStream body = response.getEntity().getContent()) {
                return ElasticAnswer.read(answerReader, body).total() > 0;
            }
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException("Search is unavailable: " + e.getMessage(), e);
        }
    }

    private SearchResult search(SearchRequest request, StoreAvailability now, boolean approximate) {
        Request http = new Request("POST", "/" + index.alias() + "/_search");
        http.addParameter("typed_keys", "true");
        http.addParameter("filter_path", ProductSearchRequests.ANSWER_FILTER);
        http.setJsonEntity(elasticRequestJson(request, index.alias(), now, approximate));
        ElasticAnswer answer;
        try {
            Response response = restClient.performRequest(http);
            try (InputStream body = response.getEntity().getContent()) {
                answer = ElasticAnswer.read(answerReader, body);
            }
        } catch (IOException | RuntimeException e) {
            throw new SearchUnavailableException("Search is unavailable: " + e.getMessage(), e);
        }
        List<ProductHit> hits = answer.productHits().stream().map(h -> toHit(h, request, now)).toList();
        Map<String, List<FacetValue>> facets = new LinkedHashMap<>();
        facets.put("category", answer.terms("category"));
        facets.put("brand", answer.terms("brand"));
        facets.put("shop", answer.nestedTermsByParent("shop", "slug", "products"));
        facets.put("price", answer.ranges("price"));
        facets.put("color", answer.terms("color"));
        facets.put("variantSize", SizeOrder.sortedBy(answer.terms("size"), FacetValue::value));
        return new SearchResult(answer.articles(ProductSearchRequests.ARTICLES), request.page(), request.size(), hits,
                facets, approximate);
    }

    /**
     * Where a search is sent, with the URL parameters the platform uses: benchmarks send {@link #elasticRequestJson}
     * there as the reference for the platform's own overhead.
     */
    public static String searchPath(String indexName) {
        return "/" + indexName + "/_search?typed_keys=true&filter_path=" + ProductSearchRequests.ANSWER_FILTER;
    }

    /**
     * The Elasticsearch request for a search, as JSON: what benchmarks send straight to Elasticsearch
     * as the reference for the platform's own overhead.
     */
    public String elasticRequestJson(SearchRequest request, String indexName, StoreAvailability now) {
        return elasticRequestJson(request, indexName, now, false);
    }

    private String elasticRequestJson(SearchRequest request, String indexName, StoreAvailability now,
            boolean approximate) {
        return JsonpUtils.toJsonString(requests.build(request, indexName, now, approximate),
                client._jsonpMapper());
    }

    private ProductHit toHit(ElasticAnswer.Hit hit, SearchRequest request, StoreAvailability now) {
        ProductDocument doc = hit.source();
        List<OfferDocument> offers = ElasticAnswer.offers(hit, ProductSearchRequests.OFFERS);
        GeoPoint from = request.findPoint().map(p -> GeoPoint.of(p[0], p[1])).orElse(null);
        List<OfferHit> offerHits = new ArrayList<>();
        for (OfferDocument o : offers) {
            Double distance = from == null ? null
                    : Math.round(from.distanceKm(GeoPoint.of(o.location().lat(), o.location().lon())) * 100) / 100.0;
            offerHits.add(new OfferHit(o.offerId(), o.storeId(), o.storeName(), o.merchantSlug(), o.priceCents(),
                    o.currency(), o.quantity(), Availability.of(o.available()).name().toLowerCase(Locale.ROOT),
                    distance, now.openNow().contains(o.storeId()), o.stockUpdatedAt()));
        }
        Comparator<OfferHit> onShelfFirst = Comparator.comparing(offer -> SOLD_OUT.equals(offer.availability()));
        offerHits.sort(onShelfFirst.thenComparing(from == null ? Comparator.comparingLong(OfferHit::priceCents)
                : Comparator.comparingDouble(OfferHit::distanceKm)));
        return new ProductHit(doc.productId(), doc.gtin(), doc.title(), doc.brand(), doc.category(), doc.imageUrl(),
                new ArticleSummary(doc.articleKey(), doc.articleTitle() == null ? doc.title() : doc.articleTitle(),
                        doc.color(), doc.size(), Math.max(1, doc.variantCount()), orEmpty(doc.articleColors()),
                        orEmpty(doc.articleSizes()), doc.articleStores()),
                offerHits, NetContent.parse(doc.netContent()).orElse(null));
    }

    private static List<String> orEmpty(List<String> values) {
        return values == null ? List.of() : values;
    }
}
