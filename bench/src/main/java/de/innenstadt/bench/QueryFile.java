// SPDX-License-Identifier: EUPL-1.2
package de.innenstadt.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.innenstadt.core.reservation.StoreAvailability;
import de.innenstadt.search.SearchRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The query mix as Gatling's feeder reads it: a JSON array with, per query, the platform API path and the
 * Elasticsearch body the platform sends for it, so the load phase only replays fixed requests.
 */
public final class QueryFile {

    /** The platform's public search endpoint. */
    public static final String API_PATH = "/api/v1/search";

    private QueryFile() {
    }

    public static void write(Path file, List<SearchRequest> queries, ElasticBodies bodies, String indexName,
            StoreAvailability stores) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode array = mapper.createArrayNode();
        int id = 0;
        for (SearchRequest query : queries) {
            ObjectNode row = array.addObject();
            row.put("id", ++id);
            row.put("path", apiPath(query));
            row.put("body", bodies.body(query, indexName, stores));
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        mapper.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), array);
    }

    /** Path and query string of {@code GET /api/v1/search} for the request, percent-encoded (RFC 3986). */
    public static String apiPath(SearchRequest query) {
        StringJoiner parameters = new StringJoiner("&", API_PATH + "?", "");
        parameters.add("q=" + encode(query.text()));
        if (query.lat() != null) {
            parameters.add("lat=" + query.lat()).add("lon=" + query.lon());
        }
        if (query.radiusKm() != null) {
            parameters.add("radiusKm=" + query.radiusKm());
        }
        if (query.category() != null) {
            parameters.add("category=" + encode(query.category()));
        }
        if (query.brand() != null) {
            parameters.add("brand=" + encode(query.brand()));
        }
        if (query.shop() != null) {
            parameters.add("shop=" + encode(query.shop()));
        }
        if (query.priceMinCents() != null) {
            parameters.add("priceMin=" + euros(query.priceMinCents()));
        }
        if (query.priceMaxCents() != null) {
            parameters.add("priceMax=" + euros(query.priceMaxCents()));
        }
        if (query.inStockOnly()) {
            parameters.add("inStock=true");
        }
        if (query.openNow()) {
            parameters.add("openNow=true");
        }
        if (query.sort() != SearchRequest.Sort.RELEVANCE) {
            parameters.add("sort=" + query.sort().name().toLowerCase(Locale.ROOT));
        }
        if (query.page() != 0) {
            parameters.add("page=" + query.page());
        }
        parameters.add("size=" + query.size());
        return parameters.toString();
    }

    private static String euros(long cents) {
        return BigDecimal.valueOf(cents, 2).stripTrailingZeros().toPlainString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
