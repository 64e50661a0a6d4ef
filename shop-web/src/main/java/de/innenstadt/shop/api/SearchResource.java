// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.api;

import de.innenstadt.core.inventory.Money;
import de.innenstadt.search.ProductSearch;
import de.innenstadt.search.SearchParameters;
import de.innenstadt.search.SearchRequest;
import de.innenstadt.search.SearchResult;
import de.innenstadt.shop.search.SearchCounter;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/v1/search}: products in the city centre's shops. Parameters arrive as strings and
 * are parsed by {@link SearchParameters}, the same rules as the results page's, so a malformed number
 * gets a 400 that names the parameter instead of a generic framework error.
 */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    private static final int DEFAULT_SIZE = 20;

    @Inject
    private ProductSearch search;

    @Inject
    private SearchCounter counter;

    /**
     * The search answer: prices as decimal strings such as "12.99"; {@code approximate} when the words
     * as typed found nothing and the hits allow typos.
     */
    @JsonbPropertyOrder({"total", "page", "size", "approximate", "hits", "facets"})
    public record Response(long total, int page, int size, boolean approximate, List<Hit> hits,
            Map<String, List<SearchResult.FacetValue>> facets) {
    }

    /**
     * An article, shown by its best-matching variant (the product) with the offers of the stores that
     * carry that variant.
     */
    @JsonbPropertyOrder({"productId", "gtin", "title", "brand", "category", "imageUrl", "article", "offers"})
    public record Hit(long productId, String gtin, String title, String brand, String category, String imageUrl,
            Article article, List<Offer> offers) {
    }

    /** The article of a hit: its variants that match the search, their colours, sizes and stores. */
    @JsonbPropertyOrder({"key", "title", "color", "size", "variants", "colors", "sizes", "stores"})
    public record Article(String key, String title, String color, String size, int variants, List<String> colors,
            List<String> sizes, int stores) {
    }

    /** One store's offer. */
    @JsonbPropertyOrder({"offerId", "storeId", "storeName", "price", "currency", "quantity", "availability",
        "distanceKm", "openNow", "stockUpdatedAt"})
    public record Offer(long offerId, long storeId, String storeName, String price, String currency, int quantity,
            String availability, Double distanceKm, boolean openNow, Instant stockUpdatedAt) {
    }

    @GET
    @Operation(summary = "Search products across all shops of the city centre",
            description = "Parameters as documented in docs/search.md; the results page at /search takes the same ones.")
    @APIResponse(responseCode = "200", description = "One page of products with their offers and facet counts")
    @APIResponse(responseCode = "400", description = "A parameter is malformed or out of range")
    @APIResponse(responseCode = "503", description = "Search is temporarily unavailable")
    public Response search(@QueryParam("q") String q, @QueryParam("lat") String lat, @QueryParam("lon") String lon,
            @QueryParam("radiusKm") String radiusKm, @QueryParam("category") String category,
            @QueryParam("brand") String brand, @QueryParam("shop") String shop,
            @QueryParam("priceMin") String priceMin, @QueryParam("priceMax") String priceMax,
            @QueryParam("inStock") String inStock, @QueryParam("openNow") String openNow,
            @QueryParam("pickupToday") String pickupToday,
            @QueryParam("sort") String sort, @QueryParam("page") String page, @QueryParam("size") String size) {
        Map<String, String> raw = new HashMap<>();
        raw.put("q", q);
        raw.put("lat", lat);
        raw.put("lon", lon);
        raw.put("radiusKm", radiusKm);
        raw.put("category", category);
        raw.put("brand", brand);
        raw.put("shop", shop);
        raw.put("priceMin", priceMin);
        raw.put("priceMax", priceMax);
        raw.put("inStock", inStock);
        raw.put("openNow", openNow);
        raw.put("pickupToday", pickupToday);
        raw.put("sort", sort);
        raw.put("page", page);
        raw.put("size", size);
        SearchParameters.Parsed parsed = SearchParameters.parse(raw::get, DEFAULT_SIZE, Optional.empty());
        if (!parsed.problems().isEmpty()) {
            throw new BadRequestException(parsed.problems().get(0).message());
        }
        SearchRequest request = parsed.request();
        SearchResult result = search.search(request);
        if (request.page() == 0) {
            counter.count(request.text(), result.total());
        }
        return new Response(result.total(), result.page(), result.size(), result.approximate(),
                result.hits().stream().map(SearchResource::hit).toList(), result.facets());
    }

    private static Hit hit(SearchResult.ProductHit h) {
        SearchResult.ArticleSummary a = h.article();
        return new Hit(h.productId(), h.gtin(), h.title(), h.brand(), h.category(), h.imageUrl(),
                new Article(a.key(), a.title(), a.color(), a.size(), a.variantCount(), a.colors(), a.sizes(),
                        a.storeCount()),
                h.offers().stream().map(o -> new Offer(o.offerId(), o.storeId(), o.storeName(),
                        new Money(o.priceCents(), o.currency()).toDecimalString(), o.currency(), o.quantity(),
                        o.availability(), o.distanceKm(), o.openNow(), o.stockUpdatedAt())).toList());
    }

}
