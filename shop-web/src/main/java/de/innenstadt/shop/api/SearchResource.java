// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.shop.api;

import de.innenstadt.core.inventory.Money;
import de.innenstadt.search.ProductSearch;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

/**
 * {@code GET /api/v1/search}: products in the city centre's shops. Parameters arrive as strings and
 * are parsed here, so a malformed number gets a 400 that names the parameter instead of a generic
 * framework error.
 */
@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SearchResource {

    @Inject
    private ProductSearch search;

    @Inject
    private SearchCounter counter;

    /** The search answer: prices as decimal strings such as "12.99". */
    @JsonbPropertyOrder({"total", "page", "size", "hits", "facets"})
    public record Response(long total, int page, int size, List<Hit> hits, Map<String, List<SearchResult.FacetValue>> facets) {
    }

    /** A product with the offers of the stores that carry it. */
    @JsonbPropertyOrder({"productId", "gtin", "title", "brand", "category", "imageUrl", "offers"})
    public record Hit(long productId, String gtin, String title, String brand, String category, String imageUrl,
            List<Offer> offers) {
    }

    /** One store's offer. */
    @JsonbPropertyOrder({"offerId", "storeId", "storeName", "price", "currency", "quantity", "availability",
        "distanceKm", "openNow", "stockUpdatedAt"})
    public record Offer(long offerId, long storeId, String storeName, String price, String currency, int quantity,
            String availability, Double distanceKm, boolean openNow, Instant stockUpdatedAt) {
    }

    @GET
    @Operation(summary = "Search products across all shops of the city centre")
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
        SearchRequest request;
        try {
            request = new SearchRequest(q,
                    parse("lat", lat, Double::valueOf), parse("lon", lon, Double::valueOf),
                    parse("radiusKm", radiusKm, Double::valueOf), blankToNull(category), blankToNull(brand),
                    blankToNull(shop), cents("priceMin", priceMin), cents("priceMax", priceMax),
                    flag("inStock", inStock), flag("openNow", openNow), flag("pickupToday", pickupToday), sort(sort),
                    orDefault(parse("page", page, Integer::valueOf), 0),
                    orDefault(parse("size", size, Integer::valueOf), 20));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(e.getMessage());
        }
        SearchResult result = search.search(request);
        if (request.page() == 0) {
            counter.count(request.text(), result.total());
        }
        return new Response(result.total(), result.page(), result.size(),
                result.hits().stream().map(SearchResource::hit).toList(), result.facets());
    }

    private static Hit hit(SearchResult.ProductHit h) {
        return new Hit(h.productId(), h.gtin(), h.title(), h.brand(), h.category(), h.imageUrl(),
                h.offers().stream().map(o -> new Offer(o.offerId(), o.storeId(), o.storeName(),
                        new Money(o.priceCents(), o.currency()).toDecimalString(), o.currency(), o.quantity(),
                        o.availability(), o.distanceKm(), o.openNow(), o.stockUpdatedAt())).toList());
    }

    private static <T> T parse(String name, String raw, Function<String, T> parser) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        if (raw.length() > 40) {
            throw new BadRequestException(name + " is too long");
        }
        try {
            T value = parser.apply(raw.strip());
            if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
                throw new BadRequestException(name + " must be a finite number");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new BadRequestException(name + " must be a number, not '" + raw + "'");
        }
    }

    private static Long cents(String name, String raw) {
        BigDecimal euros = parse(name, raw, BigDecimal::new);
        if (euros == null) {
            return null;
        }
        if (euros.scale() > 2) {
            throw new BadRequestException(name + " may have at most two decimals");
        }
        return euros.movePointRight(2).longValueExact();
    }

    private static boolean flag(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes" -> true;
            case "false", "0", "no" -> false;
            default -> throw new BadRequestException(name + " must be true or false");
        };
    }

    private static SearchRequest.Sort sort(String raw) {
        if (raw == null || raw.isBlank()) {
            return SearchRequest.Sort.RELEVANCE;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "relevance" -> SearchRequest.Sort.RELEVANCE;
            case "distance" -> SearchRequest.Sort.DISTANCE;
            case "price" -> SearchRequest.Sort.PRICE;
            default -> throw new BadRequestException("sort must be relevance, distance or price");
        };
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <T> T orDefault(T value, T fallback) {
        return value == null ? fallback : value;
    }

}
