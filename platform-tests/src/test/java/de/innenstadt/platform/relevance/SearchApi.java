// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.platform.relevance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The platform's public search API as the benchmark uses it: the whole catalogue page by page, and
 * the first page of a query. Only the public API, so the benchmark measures what shoppers get and
 * runs against any instance.
 */
public final class SearchApi {

    /** The API's limits: {@code size} 1–100, {@code page} 0–100. */
    static final int MAX_SIZE = 100;
    static final int MAX_PAGE = 100;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String baseUrl;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    public SearchApi(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Every product the empty query lists; {@code complete} is false when the API's last page was reached first. */
    public record Catalogue(List<Hit> products, long total, boolean complete) {
    }

    /** The first page of a query's answer. */
    public record Answer(long total, List<Hit> hits) {
    }

    /** Thrown when the platform does not answer at all: the one case the bench command fails on. */
    public static final class UnreachableException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        UnreachableException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public Catalogue readCatalogue() {
        List<Hit> products = new ArrayList<>();
        long total = 0;
        for (int page = 0; page <= MAX_PAGE; page++) {
            JsonNode answer = get("/api/v1/search?q=&size=" + MAX_SIZE + "&page=" + page);
            total = answer.path("total").asLong();
            JsonNode hits = answer.path("hits");
            hits.forEach(hit -> products.add(hit(hit)));
            if (hits.size() < MAX_SIZE || products.size() >= total) {
                return new Catalogue(List.copyOf(products), total, true);
            }
        }
        return new Catalogue(List.copyOf(products), total, products.size() >= total);
    }

    public Answer search(String query, int size) {
        JsonNode answer = get("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8) + "&size=" + size);
        List<Hit> hits = new ArrayList<>();
        answer.path("hits").forEach(hit -> hits.add(hit(hit)));
        return new Answer(answer.path("total").asLong(), List.copyOf(hits));
    }

    /**
     * A hit of the API's JSON. Out of stock means no offer with a quantity above 0 and an availability
     * other than {@code out_of_stock}; a product without offers cannot be bought either.
     */
    static Hit hit(JsonNode hit) {
        boolean outOfStock = true;
        for (JsonNode offer : hit.path("offers")) {
            boolean inStock = !"out_of_stock".equals(offer.path("availability").asText())
                    && offer.path("quantity").asInt(1) > 0;
            outOfStock &= !inStock;
        }
        return Hit.of(hit.path("gtin").asText(""), hit.path("title").asText(""), hit.path("brand").asText(""),
                hit.path("category").asText(""), articleId(hit), outOfStock);
    }

    /** The article a hit belongs to, as {@code articleId} or {@code article.key}; null while the API has neither. */
    private static String articleId(JsonNode hit) {
        for (JsonNode id : List.of(hit.path("articleId"), hit.path("article").path("key"))) {
            if (id.isValueNode() && !id.isNull() && !id.asText().isBlank()) {
                return id.asText();
            }
        }
        return null;
    }

    private JsonNode get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json").GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UnreachableException("the platform at " + baseUrl + " does not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UnreachableException("interrupted while asking " + baseUrl, e);
        }
        if (response.statusCode() == 503) {
            throw new UnreachableException("the platform at " + baseUrl + " cannot search now: " + abbreviate(response.body()),
                    null);
        }
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + response.statusCode() + ": "
                    + abbreviate(response.body()));
        }
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("GET " + path + " did not answer JSON: " + abbreviate(response.body()), e);
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
